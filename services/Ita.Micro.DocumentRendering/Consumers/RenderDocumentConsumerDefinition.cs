using Ita.Micro.DocumentRendering.Services;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// As many renders at once as Chromium has warm pages: more would only queue inside the renderer. The broker hands
/// out only a few more than that, so a document someone waits for (a higher priority) overtakes the results day's
/// backlog in the queue instead of waiting behind messages already handed to this replica.
/// </summary>
public sealed class RenderDocumentConsumerDefinition : ConsumerDefinition<RenderDocumentConsumer>
{
    private readonly ChromiumOptions _chromium;

    public RenderDocumentConsumerDefinition(ChromiumOptions chromium)
    {
        _chromium = chromium;
        ConcurrentMessageLimit = chromium.Pages;
    }

    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<RenderDocumentConsumer> consumerConfigurator,
        IRegistrationContext context
    )
    {
        if (endpointConfigurator is IRabbitMqReceiveEndpointConfigurator queue)
            queue.PrefetchCount = 2 * _chromium.Pages;
    }
}
