using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
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
/// The capability over a real broker: every service that calls <c>AddMessaging</c> has its own durable queue for
/// <see cref="CodeBookPublished"/> (queues are prefixed with the service name), and every replica of a service a
/// queue of its own, so one published book reaches every replica of every service; replicas of a service share the
/// folder the books are saved in, as they share a claim in k8s. The services here have no database, which also shows
/// the folder is found without <c>AddServiceDatabase</c>.
/// Each replica's <see cref="CodeBookShelf"/> says what that host took and from where, and its
/// <see cref="ICodeBooks"/> what it reads. The loader's look every interval is set far beyond a test, so a book taken
/// from the folder was read at start and one taken from a queue came by message.
/// </summary>
public sealed class CodeBookOverRabbitMqTests(RabbitMqFixture rabbit, ITestOutputHelper output)
    : IClassFixture<RabbitMqFixture>,
        IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("ita-codebooks-rabbit-").FullName;

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
    public async Task One_published_book_reaches_every_service_and_each_saves_its_own_copy()
    {
        const int year = 2607;
        using var analysis = BuildHost("analysis");
        using var measures = BuildHost("measure-tracking");
        await analysis.StartAsync();
        await measures.StartAsync();

        await PublishAsync(analysis, year, 2);

        // The consumer saves the file and then puts the book in use: the test waits for the shelves, which say so.
        await Eventually.HoldsAsync(
            () => Shelf(analysis).VersionOf(year) == 2 && Shelf(measures).VersionOf(year) == 2,
            TimeSpan.FromSeconds(60),
            $"{year} v2 in both services"
        );
        foreach (var service in new[] { "analysis", "measure-tracking" })
            Assert.True(
                File.Exists(Path.Combine(_root, service, CodeBookFolder.Name, $"ita-{year}-v2.json")),
                $"{service} did not save its copy"
            );
        Assert.Equal((2, 2), (Books(analysis).Find(year)?.Version, Books(measures).Find(year)?.Version));

        await measures.StopAsync();
        await analysis.StopAsync();
    }

    [Fact]
    public async Task Every_replica_of_a_service_takes_a_published_book_and_leaves_no_queue_behind()
    {
        const int year = 2611;
        var shared = Path.Combine(_root, "analysis-claim");
        using var first = BuildHost("analysis", shared);
        using var second = BuildHost("analysis", shared);
        using var publisher = BuildHost("score-ingestion");
        await first.StartAsync();
        await second.StartAsync();
        await publisher.StartAsync();
        var replicaQueues = new[] { first, second }
            .Select(h => h.Services.GetRequiredService<CodeBookReplicaQueue>().Name)
            .ToList();
        Assert.NotEqual(replicaQueues[0], replicaQueues[1]);
        // Each replica consumes its own queue, so readiness counts it like the service's queues.
        Assert.Contains(replicaQueues[0], first.Services.GetRequiredService<ReceiveQueues>().Names);

        var json = await PublishAsync(publisher, year, 2);

        // With one queue per service only one of the two would ever take it.
        await Eventually.HoldsAsync(
            () => Shelf(first).VersionOf(year) == 2 && Shelf(second).VersionOf(year) == 2,
            TimeSpan.FromSeconds(60),
            $"{year} v2 in both replicas"
        );
        // Each took it first from its own queue or from the service's, which gives it to one of them only.
        var from = new[] { first, second }.Select(h => Shelf(h).Taken[year].From).ToList();
        for (var i = 0; i < 2; i++)
            Assert.Contains(from[i], new[] { $"queue {replicaQueues[i]}", "queue analysis-code-book-published" });
        Assert.Contains(from, f => f != "queue analysis-code-book-published");
        var folder = Path.Combine(shared, CodeBookFolder.Name);
        Assert.Equal(json, await File.ReadAllTextAsync(Path.Combine(folder, $"ita-{year}-v2.json")));

        await first.StopAsync();
        await second.StopAsync();
        await publisher.StopAsync();
        // Both wrote the shared folder, each through a temporary file of its own: none is left once they have stopped.
        // (Other books may be there: the service's durable queue keeps what other tests published while no analysis ran.)
        Assert.Empty(Directory.GetFiles(folder, "*.tmp"));
        // A replica gone takes its queue with it: nothing left for the broker to fill, or for an operator to find.
        await using var connection = await Connection();
        foreach (var queue in replicaQueues)
        {
            await using var channel = await connection.CreateChannelAsync();
            var gone = await Assert.ThrowsAsync<OperationInterruptedException>(() =>
                channel.QueueDeclarePassiveAsync(queue)
            );
            Assert.Equal((ushort)404, gone.ShutdownReason?.ReplyCode);
        }
    }

    [Fact]
    public async Task A_replica_started_after_a_book_was_published_takes_it_from_the_shared_folder_at_start()
    {
        const int year = 2612;
        var shared = Path.Combine(_root, "measure-tracking-claim");
        using var running = BuildHost("measure-tracking", shared);
        await running.StartAsync();
        await PublishAsync(running, year, 3);
        await Eventually.HoldsAsync(
            () => Shelf(running).VersionOf(year) == 3,
            TimeSpan.FromSeconds(60),
            $"{year} v3 in the running replica"
        );

        using var later = BuildHost("measure-tracking", shared);
        await later.StartAsync();

        // Read before its bus started: no message could have brought it.
        var taken = Assert.Contains(year, Shelf(later).Taken);
        Assert.Equal((3, CodeBookShelf.FromFolder), (taken.Version, taken.From));
        await later.StopAsync();
        await running.StopAsync();
    }

    [Fact]
    public async Task A_book_published_while_every_replica_of_a_service_is_down_waits_in_the_service_queue()
    {
        const int year = 2613;
        using var publisher = BuildHost("score-ingestion");
        await publisher.StartAsync(); // declares every service's durable queue at start
        await PublishAsync(publisher, year, 2);
        await Eventually.HoldsAsync(
            () => Shelf(publisher).VersionOf(year) == 2,
            TimeSpan.FromSeconds(60),
            $"{year} v2 in the publisher"
        );

        using var rendering = BuildHost("document-rendering");
        await rendering.StartAsync();

        await Eventually.HoldsAsync(
            () => Shelf(rendering).VersionOf(year) == 2,
            TimeSpan.FromSeconds(60),
            $"{year} v2 in document-rendering"
        );
        Assert.Equal("queue document-rendering-code-book-published", Shelf(rendering).Taken[year].From);
        Assert.True(File.Exists(Path.Combine(_root, "document-rendering", CodeBookFolder.Name, $"ita-{year}-v2.json")));
        await rendering.StopAsync();
        await publisher.StopAsync();
    }

    private static CodeBookShelf Shelf(IHost host) => host.Services.GetRequiredService<CodeBookShelf>();

    private static ICodeBooks Books(IHost host) => host.Services.GetRequiredService<ICodeBooks>();

    private static async Task<string> PublishAsync(IHost host, int year, int version)
    {
        var book = Books(host).FindShipped(2569)! with { FiscalYear = year, Version = version };
        var json = JsonSerializer.Serialize(book, CodeBookJson.Options);
        await host
            .Services.GetRequiredService<IBus>()
            .Publish(
                new CodeBookPublished
                {
                    FiscalYear = year,
                    Version = version,
                    Json = json,
                    PublishedBy = "admin",
                    PublishedAtUtc = DateTime.UtcNow,
                }
            );
        return json;
    }

    private Task<IConnection> Connection() => rabbit.Broker.ConnectAsync();

    /// <param name="dataDirectory">The replica's Database:DataDirectory: by default one per service; replicas of a
    /// service given the same one share the code-book folder, as on a shared claim.</param>
    private IHost BuildHost(string serviceName, string? dataDirectory = null)
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
                ["Database:DataDirectory"] = dataDirectory ?? Path.Combine(_root, serviceName),
                ["CodeBooks:RescanInterval"] = "01:00:00",
                ["RabbitMq:Host"] = broker.Host,
                ["RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RabbitMq:VirtualHost"] = broker.VirtualHost,
                ["RabbitMq:Username"] = broker.Username,
                ["RabbitMq:Password"] = broker.Password,
            }
        );
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));
        builder.AddServiceDefaults(serviceName);
        builder.AddMessaging(_ => { });
        // Start returns once the queues are bound: a message published before that would be dropped.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder.Build();
    }
}
