using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>A service's DbContext that holds its own outbox and inbox tables.</summary>
public interface IOutboxDbContext
{
    DbSet<OutboxMessage> OutboxMessages { get; }
    DbSet<InboxMessage> InboxMessages { get; }

    /// <summary>The context's own save (<see cref="DbContext.SaveChangesAsync(CancellationToken)"/>).</summary>
    Task<int> SaveChangesAsync(CancellationToken cancellationToken = default);
}
