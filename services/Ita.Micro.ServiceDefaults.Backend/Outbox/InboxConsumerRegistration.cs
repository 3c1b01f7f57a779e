using MassTransit;

namespace Ita.Micro.ServiceDefaults.Outbox;

public static class InboxConsumerRegistration
{
    /// <summary>
    /// Adds <typeparamref name="TConsumer"/> with the inbox and the save around it
    /// (<see cref="InboxConsumerDefinition{TConsumer,TContext}"/>): the consumer does the work and saves nothing itself
    /// unless it must (a metric that counts a committed change).
    /// </summary>
    public static IConsumerRegistrationConfigurator<TConsumer> AddInboxConsumer<TConsumer, TContext>(
        this IRegistrationConfigurator configurator
    )
        where TConsumer : class, IConsumer
        where TContext : class, IOutboxDbContext =>
        configurator.AddConsumer<TConsumer, InboxConsumerDefinition<TConsumer, TContext>>();
}
