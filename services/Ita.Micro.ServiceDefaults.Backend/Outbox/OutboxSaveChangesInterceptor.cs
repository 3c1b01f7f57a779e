using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>
/// Tells the dispatcher when a save wrote outbox messages, whether saved synchronously or not: at once after a save of
/// its own, or when the explicit transaction the save ran in commits (before that the rows are not visible).
/// </summary>
internal sealed class OutboxSaveChangesInterceptor(OutboxSignal signal)
    : SaveChangesInterceptor,
        IDbTransactionInterceptor
{
    private bool _wroteMessages;
    private bool _wroteInTransaction;

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        _wroteMessages = WritesMessages(eventData);
        return base.SavingChanges(eventData, result);
    }

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData,
        InterceptionResult<int> result,
        CancellationToken cancellationToken = default
    )
    {
        _wroteMessages = WritesMessages(eventData);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        NotifyIfWritten(eventData);
        return base.SavedChanges(eventData, result);
    }

    public override ValueTask<int> SavedChangesAsync(
        SaveChangesCompletedEventData eventData,
        int result,
        CancellationToken cancellationToken = default
    )
    {
        NotifyIfWritten(eventData);
        return base.SavedChangesAsync(eventData, result, cancellationToken);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        NotifyIfCommitted();

    public Task TransactionCommittedAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        NotifyIfCommitted();
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        _wroteInTransaction = false;

    public Task TransactionRolledBackAsync(
        DbTransaction transaction,
        TransactionEndEventData eventData,
        CancellationToken cancellationToken = default
    )
    {
        _wroteInTransaction = false;
        return Task.CompletedTask;
    }

    private static bool WritesMessages(DbContextEventData eventData) =>
        eventData.Context?.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added) == true;

    private void NotifyIfWritten(DbContextEventData eventData)
    {
        if (!_wroteMessages)
            return;
        if (eventData.Context?.Database.CurrentTransaction is not null)
            _wroteInTransaction = true;
        else
            signal.Notify();
    }

    private void NotifyIfCommitted()
    {
        if (!_wroteInTransaction)
            return;
        _wroteInTransaction = false;
        signal.Notify();
    }
}
