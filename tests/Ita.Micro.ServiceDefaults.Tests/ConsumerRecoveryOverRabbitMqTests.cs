using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Ita.Micro.ServiceDefaults.Tests.Messages;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using Xunit.Abstractions;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>
/// Issue #17: after any loss of the broker every receive endpoint consumes again without a restart, and readiness
/// says "not ready" for as long as one does not. The service reaches the broker through a <see cref="BrokerLink"/>
/// that the test cuts (every connection dropped, new ones refused) and restores; the test reads the broker directly.
/// </summary>
public sealed class ConsumerRecoveryOverRabbitMqTests(RabbitMqFixture rabbit, ITestOutputHelper output)
    : IClassFixture<RabbitMqFixture>,
        IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
    private readonly string _root = Directory.CreateTempSubdirectory("ita-recovery-rabbit-").FullName;

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }

    [Fact]
    public async Task Every_endpoint_consumes_again_after_the_broker_is_lost_and_readiness_is_red_meanwhile()
    {
        await using var link = new BrokerLink(rabbit.Broker);
        using var host = BuildHost("recovery-service", link.Port);
        await host.StartAsync();
        var queues = host.Services.GetRequiredService<ReceiveQueues>();
        var log = host.Services.GetRequiredService<DeliveryLog>();
        await WaitForAsync(host, HealthStatus.Healthy, "ready after start");
        Assert.Contains("recovery-service-ping", queues.Names);

        await host.Services.GetRequiredService<IBus>().Publish(new Ping(1));
        await log.WaitForAsync(1, Patience);

        for (var loss = 1; loss <= 2; loss++)
        {
            var refused = link.Refused;
            await link.CutAsync();
            await WaitForAsync(host, HealthStatus.Unhealthy, $"not ready during loss {loss}");
            // Recovery must survive a refused reconnect attempt, not only the first try after the loss.
            await Eventually.HoldsAsync(
                () => link.Refused > refused,
                Patience,
                $"a reconnect attempt refused during loss {loss}"
            );
            link.Restore();
            await WaitForAsync(host, HealthStatus.Healthy, $"ready after loss {loss}");

            // The broker itself lists a consumer on every queue, and a message published now is consumed. (The
            // replica's own code-book queue is exclusive to the host's connection: the broker answers nobody else of
            // it, and readiness, green above, counts its endpoint.)
            await using var connection = await rabbit.Broker.ConnectAsync();
            foreach (var name in queues.All.Where(q => !q.Exclusive).Select(q => q.Name))
            {
                await using var channel = await connection.CreateChannelAsync();
                Assert.True(
                    (await channel.QueueDeclarePassiveAsync(name)).ConsumerCount > 0,
                    $"{name} has no consumer after loss {loss}"
                );
            }
            await host.Services.GetRequiredService<IBus>().Publish(new Ping(1 + loss));
            await log.WaitForAsync(1 + loss, Patience);
        }
        await host.StopAsync();
    }

    [Fact]
    public async Task A_queue_that_lost_its_consumer_makes_the_service_not_ready_and_is_consumed_again()
    {
        using var host = BuildHost("detached-service", rabbit.Broker.Port);
        await host.StartAsync();
        await WaitForAsync(host, HealthStatus.Healthy, "ready after start");

        // Deleting the queue cancels its consumer at the broker; MassTransit's endpoint still reports itself ready.
        await using (var connection = await rabbit.Broker.ConnectAsync())
        await using (var channel = await connection.CreateChannelAsync())
            await channel.QueueDeleteAsync("detached-service-ping");

        var report = await WaitForAsync(host, HealthStatus.Unhealthy, "not ready without a consumer");
        Assert.Contains("detached-service-ping", report.Entries[ReceiveEndpointsHealthCheck.Name].Description);
        await WaitForAsync(host, HealthStatus.Healthy, "ready again once the endpoint consumes");

        await host.Services.GetRequiredService<IBus>().Publish(new Ping(7));
        await host.Services.GetRequiredService<DeliveryLog>().WaitForAsync(1, Patience);
        await host.StopAsync();
    }

    [Fact]
    public async Task Faulted_messages_are_counted_in_health_and_an_operator_replays_or_discards_them()
    {
        using var host = BuildHost("errors-service", rabbit.Broker.Port);
        await host.StartAsync();
        await WaitForAsync(host, HealthStatus.Healthy, "ready after start");
        var numbers = host.Services.GetRequiredService<PoisonNumbers>();
        numbers.Refused[1] = 0;
        numbers.Refused[2] = 0;
        var bus = host.Services.GetRequiredService<IBus>();
        await bus.Publish(new Poison(1));
        await bus.Publish(new Poison(2));

        // Counted with their age in /health's details (and the metrics), while the service stays ready.
        var queues = host.Services.GetRequiredService<ReceiveQueues>();
        await Eventually.HoldsAsync(
            () => queues.Find("errors-service-poison")?.Reading?.ErrorMessages == 2,
            Patience,
            "two messages in the error queue"
        );
        var report = await WaitForAsync(host, HealthStatus.Healthy, "ready with messages in an error queue");
        var entry = report.Entries[ReceiveEndpointsHealthCheck.Name];
        Assert.Contains("2 message(s) in error queues", entry.Description);
        var details = Assert.IsType<Dictionary<string, object?>>(entry.Data["errors-service-poison"]);
        Assert.Equal(2L, details["errorMessages"]);
        Assert.NotNull(details["oldestErrorAgeSeconds"]);

        var errors = host.Services.GetRequiredService<ErrorQueues>();
        var listed = await errors.ListAsync(CancellationToken.None);
        Assert.Equal(2, listed.Count(m => m.Queue == "errors-service-poison"));
        Assert.All(listed, m => Assert.Contains("ValidationException", m.Fault));

        // Fixed, the first listed is replayed and consumed; the second is discarded; neither is left. Both are fixed:
        // the two fault at the same time, so which of them the error queue holds first is not known.
        numbers.Refused.Clear();
        var log = host.Services.GetRequiredService<DeliveryLog>();
        var first = listed[0].MessageId!;
        Assert.True(await errors.ReplayAsync("errors-service-poison", first, "ops-test", CancellationToken.None));
        Assert.Equal(Guid.Parse(first), Assert.Single(await log.WaitForAsync(1, Patience)).MessageId);
        Assert.True(
            await errors.DiscardAsync("errors-service-poison", listed[1].MessageId!, "ops-test", CancellationToken.None)
        );
        Assert.False(
            await errors.DiscardAsync("errors-service-poison", listed[1].MessageId!, "ops-test", CancellationToken.None)
        );
        Assert.Empty(await errors.ListAsync(CancellationToken.None));
        await Eventually.HoldsAsync(
            () => queues.Find("errors-service-poison")?.Reading?.ErrorMessages == 0,
            Patience,
            "the error queue empty"
        );
        await host.StopAsync();
    }

    private static async Task<HealthReport> WaitForAsync(IHost host, HealthStatus wanted, string what)
    {
        var health = host.Services.GetRequiredService<HealthCheckService>();
        HealthReport? last = null;
        return await Eventually.ReturnsAsync(
            async () =>
            {
                last = await health.CheckHealthAsync(check => check.Tags.Contains("ready"));
                return last.Status == wanted ? last : null;
            },
            Patience,
            $"{wanted} ({what})",
            TimeSpan.FromMilliseconds(200),
            () => string.Join("; ", last!.Entries.Select(e => $"{e.Key} {e.Value.Status} {e.Value.Description}"))
        );
    }

    private IHost BuildHost(string serviceName, int port)
    {
        var broker = rabbit.Broker;
        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings
            {
                DisableDefaults = true,
                EnvironmentName = Environments.Development,
                ContentRootPath = _root,
            }
        );
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Database:DataDirectory"] = Path.Combine(_root, serviceName),
                ["RabbitMq:Host"] = port == broker.Port ? broker.Host : "127.0.0.1",
                ["RabbitMq:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RabbitMq:VirtualHost"] = broker.VirtualHost,
                ["RabbitMq:Username"] = broker.Username,
                ["RabbitMq:Password"] = broker.Password,
                ["RabbitMq:ConsumerCheckInterval"] = "00:00:01",
                ["RabbitMq:RestartDetachedAfter"] = "00:00:03",
            }
        );
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
        builder.AddServiceDefaults(serviceName);
        builder.Services.AddSingleton<DeliveryLog>();
        builder.Services.AddSingleton<PoisonNumbers>();
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<PingConsumer>();
            bus.AddConsumer<PoisonConsumer>();
        });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder.Build();
    }
}
