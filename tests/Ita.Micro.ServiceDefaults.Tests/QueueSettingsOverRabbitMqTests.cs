using Ita.Micro.ServiceDefaults.CodeBooks;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;
using Xunit.Abstractions;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>
/// RabbitMq__QuorumQueues makes every consumer queue of the service a quorum queue (production), and without it they
/// stay classic. The broker itself says which: declaring an existing queue with another x-queue-type is refused.
/// </summary>
public sealed class QueueSettingsOverRabbitMqTests(RabbitMqFixture rabbit, ITestOutputHelper output)
    : IClassFixture<RabbitMqFixture>,
        IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ita-queues-rabbit-").FullName;

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

    [Theory]
    [InlineData("quorum-service", true, "quorum", "classic")]
    [InlineData("classic-service", false, "classic", "quorum")]
    public async Task Consumer_queues_have_the_configured_type(
        string service,
        bool quorum,
        string type,
        string otherType
    )
    {
        using var host = BuildHost(service, quorum);
        await host.StartAsync();
        var queues = host.Services.GetRequiredService<ReceiveQueues>().Names;
        Assert.Contains($"{service}-code-book-published", queues);
        // The replica's own code-book queue lives as long as the process (exclusive): never a quorum queue, which
        // must be durable, and gone once the host stops (CodeBookOverRabbitMqTests shows it).
        var replicaQueue = host.Services.GetRequiredService<CodeBookReplicaQueue>().Name;
        Assert.Contains(replicaQueue, queues);
        await host.StopAsync();

        await using var connection = await rabbit.Broker.ConnectAsync();
        foreach (var queue in queues.Where(q => q != replicaQueue))
        {
            await using (var same = await connection.CreateChannelAsync())
                await same.QueueDeclareAsync(
                    queue,
                    durable: true,
                    exclusive: false,
                    autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = type }
                );
            await using var other = await connection.CreateChannelAsync();
            var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() =>
                other.QueueDeclareAsync(
                    queue,
                    durable: true,
                    exclusive: false,
                    autoDelete: false,
                    arguments: new Dictionary<string, object?> { ["x-queue-type"] = otherType }
                )
            );
            Assert.Equal((ushort)406, refused.ShutdownReason?.ReplyCode); // PRECONDITION_FAILED: inequivalent x-queue-type
        }
    }

    [Fact]
    public async Task A_queue_an_earlier_version_declared_without_priorities_is_made_again_when_empty_and_kept_when_not()
    {
        const string queue = "document-rendering-render-document";
        var options = rabbit.Broker.Options();
        await using var connection = await rabbit.Broker.ConnectAsync();
        async Task AsBeforePrioritiesAsync(int messages)
        {
            await using var channel = await connection.CreateChannelAsync();
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null);
            for (var i = 0; i < messages; i++)
                await channel.BasicPublishAsync("", queue, System.Text.Encoding.UTF8.GetBytes($"render {i}"));
        }

        // Empty: declared again with the priority argument, which the broker now holds (a second declaration
        // with it is accepted, one without it refused).
        await AsBeforePrioritiesAsync(messages: 0);
        await TopologyDeclarer.DeclareAsync(options, CancellationToken.None);
        await using (var channel = await connection.CreateChannelAsync())
            await channel.QueueDeclareAsync(
                queue,
                durable: true,
                exclusive: false,
                autoDelete: false,
                arguments: Subscriptions.QueueArguments(queue, quorum: false)
            );
        await using (var channel = await connection.CreateChannelAsync())
        {
            var refused = await Assert.ThrowsAsync<OperationInterruptedException>(() =>
                channel.QueueDeclareAsync(queue, durable: true, exclusive: false, autoDelete: false, arguments: null)
            );
            Assert.Equal((ushort)406, refused.ShutdownReason?.ReplyCode);
        }

        // Holding messages: named, and nothing lost.
        await AsBeforePrioritiesAsync(messages: 2);
        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TopologyDeclarer.DeclareAsync(options, CancellationToken.None)
        );
        Assert.Contains(queue, error.Message);
        Assert.Contains("2 messages", error.Message);
        await using (var channel = await connection.CreateChannelAsync())
        {
            Assert.Equal(2u, (await channel.QueueDeclarePassiveAsync(queue)).MessageCount);
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
        }
        await TopologyDeclarer.DeclareAsync(options, CancellationToken.None);
    }

    [Fact]
    public void Limits_out_of_range_are_refused_at_start_with_the_key_named()
    {
        using var host = BuildHost("limits-service", quorum: false, concurrentMessageLimit: "0");
        var error = Assert.ThrowsAny<Exception>(() =>
            host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RabbitMqOptions>>().Value
        );
        Assert.Contains("RabbitMq:ConcurrentMessageLimit", error.Message);
    }

    private IHost BuildHost(string serviceName, bool quorum, string? concurrentMessageLimit = "4")
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
                ["RabbitMq:Host"] = broker.Host,
                ["RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RabbitMq:VirtualHost"] = broker.VirtualHost,
                ["RabbitMq:Username"] = broker.Username,
                ["RabbitMq:Password"] = broker.Password,
                ["RabbitMq:QuorumQueues"] = quorum ? "true" : "false",
                ["RabbitMq:PrefetchCount"] = "8",
                ["RabbitMq:ConcurrentMessageLimit"] = concurrentMessageLimit,
            }
        );
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
        builder.AddServiceDefaults(serviceName);
        builder.AddMessaging(_ => { });
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder.Build();
    }
}
