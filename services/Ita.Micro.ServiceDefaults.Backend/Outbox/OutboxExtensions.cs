using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.ServiceDefaults.Telemetry;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Outbox;

public static class OutboxExtensions
{
    internal static JsonSerializerOptions Json => ContractJson.Options;

    /// <summary>
    /// Queues a message to be published once the context's next SaveChanges commits: the data and the message
    /// commit together or not at all. Returns the message as the JSON queued (contract options), so a caller that
    /// also stores the message need not serialise it a second time.
    /// </summary>
    public static string Publish<T>(this IOutboxDbContext db, T message)
        where T : class
    {
        var now = DateTime.UtcNow;
        var body = JsonSerializer.Serialize(message, message.GetType(), Json);
        db.OutboxMessages.Add(
            new OutboxMessage
            {
                MessageId = Guid.NewGuid(),
                // The runtime type, not T: a message passed as object must still be published as what it is.
                MessageType = message.GetType().AssemblyQualifiedName!,
                Body = body,
                TraceParent = Activity.Current?.Id,
                CreatedAtUtc = now,
                NextAttemptAtUtc = now,
            }
        );
        return body;
    }

    /// <summary>
    /// Records that <paramref name="consumer"/> handles <paramref name="messageId"/> in the context's next save.
    /// False when it was handled before: the caller skips it. Two concurrent deliveries cannot both commit, since
    /// (MessageId, Consumer) is the table's key; the loser's save fails and its retry then sees the row.
    /// </summary>
    public static async Task<bool> TryBeginProcessingAsync(
        this IOutboxDbContext db,
        Guid? messageId,
        string consumer,
        CancellationToken cancellationToken
    )
    {
        if (messageId is not { } id)
            return true;
        if (await db.InboxMessages.AnyAsync(m => m.MessageId == id && m.Consumer == consumer, cancellationToken))
        {
            ItaMetrics.DuplicateSkipped(consumer);
            return false;
        }
        db.InboxMessages.Add(
            new InboxMessage
            {
                MessageId = id,
                Consumer = consumer,
                ProcessedAtUtc = DateTime.UtcNow,
            }
        );
        return true;
    }

    /// <summary>The outbox and inbox tables, for a service's OnModelCreating.</summary>
    public static ModelBuilder AddOutboxTables(this ModelBuilder model)
    {
        model.Entity<OutboxMessage>(e =>
        {
            e.ToTable("OutboxMessages");
            e.HasKey(m => m.Id);
            e.Property(m => m.MessageType).HasMaxLength(500);
            e.Property(m => m.TraceParent).HasMaxLength(100);
            e.Property(m => m.LastError).HasMaxLength(2000);
            e.HasIndex(m => m.MessageId).IsUnique();
            e.HasIndex(m => new { m.SentAtUtc, m.NextAttemptAtUtc });
        });
        model.Entity<InboxMessage>(e =>
        {
            e.ToTable("InboxMessages");
            e.HasKey(m => new { m.MessageId, m.Consumer });
            e.Property(m => m.Consumer).HasMaxLength(200);
        });
        return model;
    }
}
