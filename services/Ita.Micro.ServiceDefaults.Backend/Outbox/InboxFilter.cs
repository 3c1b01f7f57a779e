using MassTransit;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>
/// The inbox and the save around a consumer of the service's database: a message seen before (same MessageId, same
/// consumer) is skipped, so a redelivery changes nothing; otherwise the consumer works and what it left unsaved, the
/// inbox row included, is saved once, so the work commits together with the row that marks its message handled. The
/// inbox row is keyed by the consumer's type name. Applied by <see cref="InboxConsumerDefinition{TConsumer,TContext}"/>.
/// </summary>
public sealed class InboxFilter<TConsumer, TContext> : IFilter<ConsumerConsumeContext<TConsumer>>
    where TConsumer : class
    where TContext : class, IOutboxDbContext
{
    private static readonly string ConsumerName = typeof(TConsumer).Name;

    public async Task Send(ConsumerConsumeContext<TConsumer> context, IPipe<ConsumerConsumeContext<TConsumer>> next)
    {
        // The consumer's own scope, so the filter and the consumer work in one DbContext.
        var db = context.GetPayload<IServiceProvider>().GetRequiredService<TContext>();
        var ct = context.CancellationToken;
        if (await db.TryBeginProcessingAsync(context.MessageId, ConsumerName, ct))
        {
            await next.Send(context);
            // Nothing when the consumer saved it all already.
            await db.SaveChangesAsync(ct);
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("inbox");
}
