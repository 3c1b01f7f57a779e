using Ita.Micro.ServiceDefaults.Telemetry;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RabbitMQ.Client;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Consumer lag per queue: every few seconds, how many messages wait in each of the service's receive queues,
/// read from the broker with a passive queue declare (changes nothing) on a connection of its own.
/// </summary>
public sealed class QueueLagSampler(ReceiveQueues queues, IOptions<RabbitMqOptions> options, ILogger<QueueLagSampler> logger)
    : BackgroundService
{
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var rabbit = options.Value;
        var factory = new ConnectionFactory
        {
            HostName = rabbit.Host, Port = rabbit.Port, VirtualHost = rabbit.VirtualHost,
            UserName = rabbit.Username, Password = rabbit.Password, ClientProvidedName = "ita-queue-lag",
        };
        IConnection? connection = null;
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await Task.Delay(Interval, stoppingToken);
                try
                {
                    connection ??= await factory.CreateConnectionAsync(stoppingToken);
                    foreach (var queue in queues.Names)
                    {
                        // A channel per queue: a queue that is gone closes the channel it was asked on.
                        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
                        var declared = await channel.QueueDeclarePassiveAsync(queue, stoppingToken);
                        ItaMetrics.QueueLag(queue, declared.MessageCount);
                    }
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // Lag is a metric, not a duty: the bus itself reconnects; this tries again next time.
                    logger.LogDebug(ex, "Could not read the queues' lag from the broker");
                    if (connection is { IsOpen: false }) { await connection.DisposeAsync(); connection = null; }
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
        finally
        {
            if (connection is not null) await connection.DisposeAsync();
        }
    }
}
