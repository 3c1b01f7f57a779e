using System.Diagnostics;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using MassTransit;

namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>
/// A consumer written the way the services write theirs: the inbox row and the effect (one more shipment counted)
/// are saved together, and a redelivered message id is skipped. Every delivery is recorded in the <see cref="DeliveryLog"/>.
/// </summary>
public sealed class WidgetShippedConsumer(WidgetsDbContext db, DeliveryLog log) : IConsumer<WidgetShipped>
{
    public const string Name = "widget-shipped-counter";

    public async Task Consume(ConsumeContext<WidgetShipped> context)
    {
        var traceId = Activity.Current?.TraceId;
        if (!await db.TryBeginProcessingAsync(context.MessageId, Name, context.CancellationToken))
        {
            log.Add(new Delivery(context.MessageId, traceId, Processed: false));
            return;
        }
        var widget = await db.Widgets.FindAsync([context.Message.WidgetId], context.CancellationToken);
        if (widget is not null)
            widget.Shipments++;
        await db.SaveChangesAsync(context.CancellationToken);
        log.Add(new Delivery(context.MessageId, traceId, Processed: true));
    }
}
