using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Declares the whole topology of <see cref="Subscriptions"/> at start, before the bus: each message's exchange, each
/// consumer's queue and exchange, and the bindings, exactly as MassTransit declares them (fanout, durable; quorum
/// queues when RabbitMq__QuorumQueues). Declaring is idempotent, so every service doing it is harmless, and the first
/// service up makes every consumer's queue exist before any event is published. A broker that is not up yet is not
/// fatal here: the outbox publishes mandatory, so nothing is lost while the consumers' own endpoints declare later.
/// </summary>
public sealed class TopologyDeclarer(IOptions<RabbitMqOptions> options, ILogger<TopologyDeclarer> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        try
        {
            await DeclareAsync(options.Value, cancellationToken);
            logger.LogInformation("Declared the topology of {Messages} messages", Subscriptions.Queues.Count);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(ex, "Could not declare the topology at start; consumers declare their own queues when they connect");
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Declares every exchange, queue and binding of <see cref="Subscriptions"/> on the broker.</summary>
    public static async Task DeclareAsync(RabbitMqOptions rabbit, CancellationToken cancellationToken)
    {
        await using var connection = await rabbit.ConnectionFactory("ita-topology").CreateConnectionAsync(cancellationToken);
        await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
        var queueArguments = rabbit.QuorumQueues ? new Dictionary<string, object?> { ["x-queue-type"] = "quorum" } : null;
        foreach (var (type, queues) in Subscriptions.Queues)
        {
            var exchange = Subscriptions.ExchangeOf(type);
            await channel.ExchangeDeclareAsync(exchange, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
            foreach (var queue in queues)
            {
                await channel.ExchangeDeclareAsync(queue, ExchangeType.Fanout, durable: true, autoDelete: false, cancellationToken: cancellationToken);
                await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, queueArguments, cancellationToken: cancellationToken);
                await channel.QueueBindAsync(queue, queue, "", cancellationToken: cancellationToken);
                await channel.ExchangeBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
            }
        }
    }
}
