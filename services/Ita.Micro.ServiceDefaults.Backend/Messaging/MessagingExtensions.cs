using System.ComponentModel.DataAnnotations;
using Ita.Micro.Contracts;
using Ita.Micro.ServiceDefaults.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;
using MassTransit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ, configured from the "RabbitMq" section. Messages are retried briefly; validation
    /// errors are not retried; what still fails lands in the consumer's _error queue for ops to inspect and replay.
    /// </summary>
    public static IHostApplicationBuilder AddMessaging(
        this IHostApplicationBuilder builder,
        Action<IBusRegistrationConfigurator> configureConsumers
    )
    {
        builder
            .Services.AddOptions<RabbitMqOptions>()
            .BindConfiguration(RabbitMqOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Code books an administrator published are kept under Database:DataDirectory. Bound here as well (binding
        // twice is harmless) so that a service without AddServiceDatabase still finds the folder it configured.
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        builder
            .Services.AddOptions<CodeBookOptions>()
            .BindConfiguration(CodeBookOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddCodeBooks();
        // Before AddMassTransit: hosted services start in order, so the saved books are in use before any message.
        builder.Services.AddHostedService<CodeBookLoader>();
        builder.Services.AddHealthChecks().AddCheck<CodeBooksHealthCheck>(CodeBooksHealthCheck.Name);
        builder.Services.AddHostedService<TopologyDeclarer>();

        var serviceName = builder.GetServiceIdentity().Name;
        var replicaQueue = CodeBookReplicaQueue.For(serviceName);
        builder.Services.AddSingleton(replicaQueue);
        builder.Services.AddSingleton(new ReceiveQueues(exclusive: [replicaQueue.Name]));
        builder.Services.AddReceiveEndpointObserver(provider => provider.GetRequiredService<ReceiveQueues>());
        builder.Services.AddHostedService<QueueSampler>();
        builder.Services.AddSingleton<ErrorQueues>();
        builder.Services.AddSingleton(new DefaultEndpoints(app => app.MapErrorQueueEndpoints()));
        builder
            .Services.AddHealthChecks()
            .AddCheck<ReceiveEndpointsHealthCheck>(ReceiveEndpointsHealthCheck.Name, tags: ["ready"]);

        // SIGTERM (an orchestrator stopping the pod): the bus stops taking messages and lets those in hand finish for
        // ConsumerStopTimeout; then their cancellation is signalled, and what did not finish is left unacknowledged
        // and goes back to its queue. All of it within the host's shutdown timeout (AddServiceDefaults).
        builder
            .Services.AddOptions<MassTransitHostOptions>()
            .Configure(host =>
            {
                host.ConsumerStopTimeout = TimeSpan.FromSeconds(15);
                host.StopTimeout = TimeSpan.FromSeconds(20);
            })
            // A host set to stop waiting sooner (tests) cancels its consumers no later than that (MassTransit checks).
            .PostConfigure(host =>
            {
                if (host.StopTimeout < host.ConsumerStopTimeout)
                    host.ConsumerStopTimeout = host.StopTimeout;
            });

        builder.Services.AddMassTransit(bus =>
        {
            // Queues are named after the service and the consumer: two services consuming the same event each get
            // their own queue (and each every message), instead of competing on one.
            bus.SetEndpointNameFormatter(new KebabCaseEndpointNameFormatter(serviceName, includeNamespace: false));
            // MassTransit would report this deployment's host and queues to its vendor: nothing leaves for there.
            bus.DisableUsageTelemetry();
            configureConsumers(bus);
            // The bus's own check (connection and endpoints) counts for readiness: a degraded bus is not ready.
            bus.ConfigureHealthCheckOptions(health =>
            {
                health.Name = "bus";
                health.MinimalFailureStatus = HealthStatus.Unhealthy;
                health.Tags.Add("ready");
            });
            // Each service's own tuning, from its own configuration, on every consumer endpoint it has.
            bus.AddConfigureEndpointsCallback(
                (context, name, endpoint) =>
                {
                    var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                    if (options.ConcurrentMessageLimit is { } limit)
                        endpoint.ConcurrentMessageLimit = limit;
                    if (endpoint is not IRabbitMqReceiveEndpointConfigurator queue)
                        return;
                    if (options.QuorumQueues)
                        queue.SetQuorumQueue();
                    // As TopologyDeclarer declares it, argument for argument, or the broker refuses the second declaration.
                    else if (Subscriptions.QueueArguments(name, quorum: false) is { } arguments)
                        foreach (var (key, value) in arguments)
                            queue.SetQueueArgument(key, value);
                }
            );
            // Every service rates or reads with the code books, so every service keeps the ones published at run time:
            // on the service's durable queue here, and on this replica's own queue below.
            bus.AddConsumer<CodeBookPublishedConsumer>();
            bus.UsingRabbitMq(
                (context, rabbit) =>
                {
                    var options = context.GetRequiredService<IOptions<RabbitMqOptions>>().Value;
                    rabbit.Host(options.Host, (ushort)options.Port, options.VirtualHost, host =>
                    {
                        host.Username(options.Username);
                        host.Password(options.Password);
                    });
                    rabbit.PrefetchCount = options.PrefetchCount;
                    // Thai travels as UTF-8, not \uXXXX escapes: message bodies less than half the size.
                    rabbit.ConfigureJsonSerializerOptions(json =>
                    {
                        json.Encoder = ContractJson.Options.Encoder;
                        return json;
                    });
                    rabbit.UseMessageRetry(retry =>
                    {
                        retry.Intervals(200, 1000, 3000, 5000);
                        retry.Ignore<ValidationException>();
                    });
                    rabbit.ConfigureEndpoints(context);
                    // Every replica's own queue for code books (CodeBookReplicaQueue), so that each running replica uses a
                    // correction at once; one that was down reads it from the shared folder when it starts (CodeBookLoader,
                    // which runs before the bus). After ConfigureEndpoints, which would otherwise leave out a consumer
                    // already configured, and outside its callback, so never a quorum queue (which must be durable). No
                    // _error queue of its own, which would outlive the replica: the service's durable queue carries the
                    // same message, and what fails there waits in its _error queue.
                    rabbit.ReceiveEndpoint(replicaQueue.Name, endpoint =>
                    {
                        endpoint.Durable = false;
                        endpoint.AutoDelete = true; // its exchange goes with the queue
                        endpoint.Exclusive = true; // to the bus's connection: gone with it, even when the process dies
                        endpoint.QueueExpiration = CodeBookReplicaQueue.Expiry;
                        endpoint.DiscardFaultedMessages();
                        endpoint.ConfigureConsumer<CodeBookPublishedConsumer>(context);
                    });
                }
            );
        });
        return builder;
    }
}
