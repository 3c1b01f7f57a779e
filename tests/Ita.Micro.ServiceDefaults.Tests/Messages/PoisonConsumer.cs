using System.ComponentModel.DataAnnotations;
using MassTransit;

namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>Refuses a refused number as invalid (not retried: straight to the error queue), records the others.</summary>
public sealed class PoisonConsumer(PoisonNumbers numbers, DeliveryLog log) : IConsumer<Poison>
{
    public Task Consume(ConsumeContext<Poison> context)
    {
        if (numbers.Refused.ContainsKey(context.Message.Number))
            throw new ValidationException($"Poison {context.Message.Number} is refused.");
        log.Add(new Delivery(context.MessageId, null, Processed: true));
        return Task.CompletedTask;
    }
}
