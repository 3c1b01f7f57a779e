using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>Waits longer than the default retry for an analysis that is still on its way.</summary>
public sealed class ImprovementPlanDraftedConsumerDefinition : ConsumerDefinition<ImprovementPlanDraftedConsumer>
{
    protected override void ConfigureConsumer(IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<ImprovementPlanDraftedConsumer> consumerConfigurator, IRegistrationContext context)
    {
        consumerConfigurator.UseMessageRetry(retry =>
        {
            retry.Handle<AnalysisNotReceivedException>();
            retry.Intervals(500, 1000, 2000, 5000, 10000, 20000);
        });
    }
}
