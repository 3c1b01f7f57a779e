using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Declares the whole topology of <see cref="Subscriptions"/> at start, before the bus: each message's exchange, each
/// consumer's queue and exchange, and the bindings, exactly as MassTransit declares them (fanout, durable; quorum
/// queues when RabbitMq__QuorumQueues; the priority queues' highest priority). Declaring is idempotent, so every service doing it is harmless, and the first
/// service up makes every consumer's queue exist before any event is published. A broker that is not up yet is not
/// fatal here: the outbox publishes mandatory, so nothing is lost while the consumers' own endpoints declare later.
/// </summary>
public sealed class TopologyDeclarer(IOptions<RabbitMqOptions> options, ILogger<TopologyDeclarer> logger)
    : IHostedService
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
            logger.LogWarning(
                ex,
                "Could not declare the topology at start; consumers declare their own queues when they connect"
            );
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Declares every exchange, queue and binding of <see cref="Subscriptions"/> on the broker.</summary>
    public static async Task DeclareAsync(RabbitMqOptions rabbit, CancellationToken cancellationToken)
    {
        await using var connection = await rabbit
            .ConnectionFactory("ita-topology")
            .CreateConnectionAsync(cancellationToken);
        foreach (var (type, queues) in Subscriptions.Queues)
        {
            var exchange = Subscriptions.ExchangeOf(type);
            foreach (var queue in queues)
            {
                await DeclareQueueAsync(
                    connection,
                    queue,
                    Subscriptions.QueueArguments(queue, rabbit.QuorumQueues),
                    cancellationToken
                );
                await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
                await channel.ExchangeDeclareAsync(
                    exchange,
                    ExchangeType.Fanout,
                    durable: true,
                    autoDelete: false,
                    cancellationToken: cancellationToken
                );
                await channel.ExchangeDeclareAsync(
                    queue,
                    ExchangeType.Fanout,
                    durable: true,
                    autoDelete: false,
                    cancellationToken: cancellationToken
                );
                await channel.QueueBindAsync(queue, queue, "", cancellationToken: cancellationToken);
                await channel.ExchangeBindAsync(queue, exchange, "", cancellationToken: cancellationToken);
            }
        }
    }

    /// <summary>
    /// Declares the queue with its arguments. One an earlier version declared with other arguments (the render
    /// queue before it served priorities) is made again when it is empty; the broker would otherwise refuse it to
    /// every consumer. One that still holds messages is left alone and named, since deleting it would lose them.
    /// </summary>
    private static async Task DeclareQueueAsync(
        IConnection connection,
        string queue,
        Dictionary<string, object?>? arguments,
        CancellationToken cancellationToken
    )
    {
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(
                queue,
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments,
                cancellationToken: cancellationToken
            );
            return;
        }
        catch (OperationInterruptedException ex) when (ex.ShutdownReason?.ReplyCode == Constants.PreconditionFailed)
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: cancellationToken);
            var held = (await channel.QueueDeclarePassiveAsync(queue, cancellationToken)).MessageCount;
            if (held > 0)
                throw new InvalidOperationException(
                    $"คิว {queue} ถูกสร้างไว้ด้วยค่าตั้งต้นอื่นและยังมีข้อความค้าง {held} รายการ / The queue {queue} was declared by an earlier "
                        + $"version with other arguments ({ex.ShutdownReason?.ReplyText}) and still holds {held} messages: let them be consumed "
                        + "or move them, then start again.",
                    ex
                );
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: true, cancellationToken: cancellationToken);
            await channel.QueueDeclareAsync(
                queue,
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments,
                cancellationToken: cancellationToken
            );
        }
    }
}
