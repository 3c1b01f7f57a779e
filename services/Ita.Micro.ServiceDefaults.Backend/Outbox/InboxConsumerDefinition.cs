using MassTransit;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>
/// The definition of a consumer that works in the service's database <typeparamref name="TContext"/>: its messages go
/// through the inbox and the save (<see cref="InboxFilter{TConsumer,TContext}"/>). Registered by
/// <see cref="InboxConsumerRegistration.AddInboxConsumer{TConsumer,TContext}"/>, in the service and in its tests alike.
/// </summary>
public sealed class InboxConsumerDefinition<TConsumer, TContext> : ConsumerDefinition<TConsumer>
    where TConsumer : class, IConsumer
    where TContext : class, IOutboxDbContext
{
    protected override void ConfigureConsumer(
        IReceiveEndpointConfigurator endpointConfigurator,
        IConsumerConfigurator<TConsumer> consumerConfigurator,
        IRegistrationContext context
    ) => consumerConfigurator.UseFilter(new InboxFilter<TConsumer, TContext>());
}
