using MassTransit;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>
/// A consumer whose work commits together with the inbox row that marks its message handled: the inbox check, the
/// work (<see cref="HandleAsync"/>) and one save, in that order, written once here for every consumer of a service's
/// database. A message seen before (same MessageId, same consumer) is skipped, so a redelivery changes nothing; the
/// inbox row is keyed by the consumer's type name.
/// </summary>
/// <remarks>
/// A base class rather than a MassTransit filter in the consumer definitions: the consumer tests run consumers on the
/// test harness without their definitions (no retries), and the inbox must hold there as it does in the service.
/// </remarks>
public abstract class InboxConsumer<TMessage> : IConsumer<TMessage>
    where TMessage : class
{
    /// <summary>The service's context the consumer works in: the inbox row goes into it and it is saved.</summary>
    protected abstract IOutboxDbContext Database { get; }

    public async Task Consume(ConsumeContext<TMessage> context)
    {
        var ct = context.CancellationToken;
        if (await Database.TryBeginProcessingAsync(context.MessageId, GetType().Name, ct))
        {
            await HandleAsync(context.Message, ct);
            // What the work left unsaved, the inbox row included; nothing when the work saved it already.
            await Database.SaveChangesAsync(ct);
        }
    }

    /// <summary>The work of a message not handled before; what it adds to the context is saved after it.</summary>
    protected abstract Task HandleAsync(TMessage message, CancellationToken ct);
}
