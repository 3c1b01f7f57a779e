using MassTransit;

namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>Records every <see cref="Ping"/> in the <see cref="DeliveryLog"/>.</summary>
public sealed class PingConsumer(DeliveryLog log) : IConsumer<Ping>
{
    public Task Consume(ConsumeContext<Ping> context)
    {
        log.Add(new Delivery(context.MessageId, null, Processed: true));
        return Task.CompletedTask;
    }
}
