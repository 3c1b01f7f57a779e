using Ita.Micro.DocumentRendering.Services;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>As many renders at once as Chromium has warm pages: more would only queue inside the renderer.</summary>
public sealed class RenderDocumentConsumerDefinition : ConsumerDefinition<RenderDocumentConsumer>
{
    public RenderDocumentConsumerDefinition(ChromiumOptions chromium) => ConcurrentMessageLimit = chromium.Pages;
}
