using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>Tells the dispatcher when a save wrote outbox messages, whether saved synchronously or not.</summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal) : SaveChangesInterceptor
{
    private bool _wroteMessages;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _wroteMessages = WritesMessages(eventData);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _wroteMessages = WritesMessages(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfWritten();
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        NotifyIfWritten();
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    private static bool WritesMessages(DbContextEventData eventData) =>
        eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    // Inside an explicit transaction the rows are not visible yet; the dispatcher's poll picks them up then.
    private void NotifyIfWritten()
    {
        if (_wroteMessages) signal.Notify();
    }
}
