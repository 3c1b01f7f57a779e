using System.Globalization;
using System.Text;
using Ita.Micro.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Every few seconds, asks the broker (on a connection of its own, with passive declares that change nothing) how
/// many messages wait in each of the service's receive queues, how many consumers take them, and how many messages
/// lie in each error queue since when. Feeds the lag and error-queue metrics and the readiness check
/// (<see cref="ReceiveEndpointsHealthCheck"/>), and restarts an endpoint that stays without a consumer while the
/// broker answers: MassTransit brings an endpoint back after a lost connection on its own, but an endpoint whose
/// consumer the broker dropped while deliveries were in flight can stay detached (MassTransit#6001) — the issue
/// #17 report saw six of seven queues of a service without a consumer for minutes after a broker restart.
/// </summary>
public sealed class QueueSampler(ReceiveQueues queues, IOptions<RabbitMqOptions> options, ILogger<QueueSampler> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var factory = options.Value.ConnectionFactory("ita-queue-sampler");
        IConnection? connection = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(options.Value.ConsumerCheckInterval, stoppingToken);
                try
                {
                    connection ??= await factory.CreateConnectionAsync(stoppingToken);
                    // An exclusive queue is the bus connection's alone: the broker refuses to say anything of it here.
                    foreach (var queue in queues.All.Where(q => !q.Exclusive))
                    {
                        BrokerReading reading;
                        try
                        {
                            reading = await ReadAsync(connection, queue, stoppingToken);
                        }
                        catch (OperationInterruptedException refused) when (connection.IsOpen)
                        {
                            // Refused on its channel (not the connection): the other queues are still read.
                            logger.LogDebug(
                                refused,
                                "Could not read receive queue {Queue} from the broker",
                                queue.Name
                            );
                            continue;
                        }
                        queues.Record(queue.Name, reading);
                        ItaMetrics.QueueRead(queue.Name, reading);
                        await RestartIfDetachedAsync(queue, reading, stoppingToken);
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // The bus reconnects by itself; this reads again next time.
                    logger.LogDebug(ex, "Could not read the receive queues from the broker");
                    if (connection is { IsOpen: false })
                    {
                        await connection.DisposeAsync();
                        connection = null;
                    }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
        finally
        {
            if (connection is not null)
                await connection.DisposeAsync();
        }
    }

    private static async Task<BrokerReading> ReadAsync(IConnection connection, ReceiveQueue queue, CancellationToken ct)
    {
        var readAt = DateTime.UtcNow;
        // A channel per declare: a queue that is gone closes the channel it was asked on.
        uint messages = 0,
            consumers = 0;
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            var declared = await channel.QueueDeclarePassiveAsync(queue.Name, ct);
            (messages, consumers) = (declared.MessageCount, declared.ConsumerCount);
        }
        catch (OperationInterruptedException gone) when (gone.ShutdownReason?.ReplyCode == 404)
        {
            // Deleted under the service: nobody consumes it until its endpoint declares it again.
        }
        var (errors, oldest) = await ReadErrorQueueAsync(connection, queue.ErrorQueue, ct);
        return new BrokerReading(messages, consumers, errors, oldest, readAt);
    }

    /// <summary>The error queue's count, and when its oldest message faulted (looked at and put back).</summary>
    internal static async Task<(long Count, DateTime? OldestAtUtc)> ReadErrorQueueAsync(
        IConnection connection,
        string errorQueue,
        CancellationToken ct
    )
    {
        try
        {
            await using var channel = await connection.CreateChannelAsync(cancellationToken: ct);
            var declared = await channel.QueueDeclarePassiveAsync(errorQueue, ct);
            if (declared.MessageCount == 0)
                return (0, null);
            var head = await channel.BasicGetAsync(errorQueue, autoAck: false, ct);
            if (head is null)
                return (declared.MessageCount, null);
            await channel.BasicNackAsync(head.DeliveryTag, multiple: false, requeue: true, ct);
            return (declared.MessageCount, FaultedAtUtc(head.BasicProperties));
        }
        catch (OperationInterruptedException gone) when (gone.ShutdownReason?.ReplyCode == 404)
        {
            return (0, null); // no message ever faulted there
        }
    }

    /// <summary>When a message in an error queue faulted: MassTransit's fault timestamp header, else the message's own.</summary>
    internal static DateTime? FaultedAtUtc(IReadOnlyBasicProperties properties)
    {
        if (properties.Headers?.TryGetValue(MessageHeaders.FaultTimestamp, out var value) == true)
        {
            var text = value switch
            {
                byte[] bytes => Encoding.UTF8.GetString(bytes),
                _ => value?.ToString(),
            };
            if (
                DateTime.TryParse(
                    text,
                    CultureInfo.InvariantCulture,
                    DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal,
                    out var at
                )
            )
                return at;
        }
        return properties.IsTimestampPresent()
            ? DateTimeOffset.FromUnixTimeSeconds(properties.Timestamp.UnixTime).UtcDateTime
            : null;
    }

    private async Task RestartIfDetachedAsync(ReceiveQueue queue, BrokerReading reading, CancellationToken ct)
    {
        // Counted from the first reading that found it detached while the broker answered, so that the time the
        // broker itself was away (while MassTransit reconnects on its own) does not count.
        var why = queue.NotConsumingBecause();
        if (why is null)
        {
            queue.DetachedSinceUtc = null;
            return;
        }
        queue.DetachedSinceUtc ??= reading.ReadAtUtc;
        if (reading.ReadAtUtc - queue.DetachedSinceUtc < options.Value.RestartDetachedAfter)
            return;
        logger.LogWarning(
            "Receive endpoint {Queue} has had no consumer for {Seconds:0} s while the broker answered ({Reason}); restarting it",
            queue.Name,
            (reading.ReadAtUtc - queue.DetachedSinceUtc.Value).TotalSeconds,
            why
        );
        queue.DetachedSinceUtc = null;
        queue.Change(consuming: false, "restarting");
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(ct);
        stopping.CancelAfter(TimeSpan.FromSeconds(10));
        try
        {
            await queue.Endpoint.Stop(stopping.Token);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            logger.LogWarning(
                ex,
                "Receive endpoint {Queue} did not stop cleanly; starting it again anyway",
                queue.Name
            );
        }
        queue.Endpoint.Start(ct);
    }
}
