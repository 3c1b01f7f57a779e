using System.Diagnostics;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Telemetry;
using Ita.Micro.ServiceDefaults.Tests.Infrastructure;
using Ita.Micro.ServiceDefaults.Tests.Messages;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Xunit.Abstractions;

namespace Ita.Micro.ServiceDefaults.Tests;

/// <summary>
/// The outbox as a service runs it: <c>AddServiceDefaults</c>, <c>AddServiceDatabase</c> (interceptor, migrator,
/// dispatcher as a hosted service) and <c>AddMessaging</c> against a real, private RabbitMQ.
/// </summary>
public sealed class OutboxOverRabbitMqTests(RabbitMqFixture rabbit, ITestOutputHelper output)
    : IClassFixture<RabbitMqFixture>,
        IDisposable
{
    private const string ServiceName = "widgets";
    private readonly WidgetsDatabase _database = new($"{ServiceName}.db"); // the file UseServiceDatabase opens

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_saved_message_wakes_the_dispatcher_and_reaches_a_consumer_over_RabbitMQ_in_the_writers_trace()
    {
        using var testSource = new ActivitySource("Ita.Micro.ServiceDefaults.Tests");
        using var listener = new ActivityListener
        {
            ShouldListenTo = source =>
                source.Name is "MassTransit" or OutboxTelemetry.SourceName || source == testSource,
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);

        using var host = BuildHost();
        await host.StartAsync(); // before the writer's activity, so neither the dispatcher nor the consumer inherits it
        var deliveries = host.Services.GetRequiredService<DeliveryLog>();
        await FirstPollAsync(host); // from now on only a wake-up can start the dispatcher

        ActivityTraceId writersTrace;
        var stopwatch = Stopwatch.StartNew();
        using (var writing = testSource.StartActivity("ship widget"))
        await using (var scope = host.Services.CreateAsyncScope())
        {
            Assert.NotNull(writing);
            writersTrace = writing.TraceId;
            var db = scope.ServiceProvider.GetRequiredService<WidgetsDbContext>();
            db.Widgets.Add(new Widget { Id = 1, Name = "sprocket" });
            db.Publish(
                new WidgetShipped
                {
                    WidgetId = 1,
                    Name = "sprocket",
                    ShippedAtUtc = DateTime.UtcNow,
                }
            );
            await db.SaveChangesAsync();
        }

        // The poll interval is ten minutes: only the signal the save sent can have woken the dispatcher in time.
        var delivery = Assert.Single(await deliveries.WaitForAsync(1, TimeSpan.FromSeconds(10)));
        output.WriteLine($"Written to consumed in {stopwatch.ElapsedMilliseconds} ms");
        Assert.True(delivery.Processed);
        Assert.Equal(writersTrace, delivery.TraceId);

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WidgetsDbContext>();
            var row = await db.OutboxMessages.SingleAsync();
            Assert.Equal(row.MessageId, delivery.MessageId);
            Assert.Equal(1, (await db.Widgets.SingleAsync()).Shipments);
            Assert.Equal(row.MessageId, (await db.InboxMessages.SingleAsync()).MessageId);
            await Eventually.HoldsAsync(
                async () => (await db.OutboxMessages.AsNoTracking().SingleAsync()).SentAtUtc is not null,
                TimeSpan.FromSeconds(5),
                "the dispatcher to mark the message sent"
            );
        }

        await host.StopAsync();
    }

    [Fact]
    public async Task A_message_saved_with_the_synchronous_SaveChanges_also_wakes_the_dispatcher()
    {
        using var host = BuildHost();
        await host.StartAsync();
        await FirstPollAsync(host); // from now on only a wake-up can start the dispatcher

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WidgetsDbContext>();
            db.Widgets.Add(new Widget { Id = 1, Name = "sprocket" });
            db.Publish(
                new WidgetShipped
                {
                    WidgetId = 1,
                    Name = "sprocket",
                    ShippedAtUtc = DateTime.UtcNow,
                }
            );
            db.SaveChanges(); // not SaveChangesAsync: the point of the test
        }

        // Poll interval ten minutes: without the signal the message would wait that long.
        var delivery = Assert.Single(
            await host.Services.GetRequiredService<DeliveryLog>().WaitForAsync(1, TimeSpan.FromSeconds(5))
        );
        Assert.True(delivery.Processed);

        await host.StopAsync();
    }

    [Fact]
    public async Task Messages_left_in_the_outbox_while_the_service_was_down_are_published_when_it_starts_again()
    {
        // A first run binds the consumer's queue; the service then stops. (On a broker that never saw the consumer,
        // RabbitMQ drops what is published before the queue is bound: that is not the outbox's to fix.)
        using (var firstRun = BuildHost())
        {
            await firstRun.StartAsync();
            await firstRun.StopAsync();
        }

        Guid messageId;
        await using (var db = _database.Open()) // written while no dispatcher runs
        {
            db.Widgets.Add(new Widget { Id = 1, Name = "sprocket" });
            db.Publish(
                new WidgetShipped
                {
                    WidgetId = 1,
                    Name = "sprocket",
                    ShippedAtUtc = DateTime.UtcNow,
                }
            );
            await db.SaveChangesAsync();
            messageId = db.OutboxMessages.Local.Single().MessageId;
        }

        using var host = BuildHost();
        await host.StartAsync();

        var delivery = Assert.Single(
            await host.Services.GetRequiredService<DeliveryLog>().WaitForAsync(1, TimeSpan.FromSeconds(10))
        );
        Assert.Equal(messageId, delivery.MessageId);
        Assert.True(delivery.Processed);
        await using (var db = _database.Open())
        {
            await Eventually.HoldsAsync(
                async () => (await db.OutboxMessages.AsNoTracking().SingleAsync()).SentAtUtc is not null,
                TimeSpan.FromSeconds(5),
                "the dispatcher to mark the message sent"
            );
        }

        await host.StopAsync();
    }

    [Fact]
    public async Task A_message_no_queue_would_take_is_refused_loudly_and_kept_until_its_queue_exists()
    {
        using var host = BuildHost(pollInterval: "00:00:01");
        await host.StartAsync();
        // The consumer's queue is gone (a first deployment before its service ran, or a queue deleted by hand).
        const string queue = "document-rendering-render-document";
        await using var connection = await rabbit.Broker.ConnectAsync();
        await using (var channel = await connection.CreateChannelAsync())
        {
            await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: false);
            await channel.ExchangeDeleteAsync(queue);
        }

        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WidgetsDbContext>();
            db.Publish(
                new Ita.Micro.Contracts.RenderDocument
                {
                    DocumentId = Guid.NewGuid(),
                    Kind = Ita.Micro.Contracts.DocumentKind.Analysis,
                    OrganisationCode = "6630801",
                    FiscalYear = 2568,
                    RequestedAtUtc = DateTime.UtcNow,
                }
            );
            await db.SaveChangesAsync();
        }

        // The broker returns the mandatory message: the publish faults, and the row stays unsent with the reason.
        string? error = null;
        await Eventually.HoldsAsync(
            async () =>
            {
                await using var scope = host.Services.CreateAsyncScope();
                var row = await scope
                    .ServiceProvider.GetRequiredService<WidgetsDbContext>()
                    .OutboxMessages.AsNoTracking()
                    .SingleAsync();
                Assert.Null(row.SentAtUtc);
                error = row.LastError;
                return row.Attempts > 0;
            },
            TimeSpan.FromSeconds(20),
            "the dispatcher to try the message"
        );
        Assert.Contains("Returned", error, StringComparison.OrdinalIgnoreCase);

        // Once the queue exists again (as every service declares it at start), the kept message reaches it.
        await TopologyDeclarer.DeclareAsync(
            host.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<RabbitMqOptions>>().Value,
            CancellationToken.None
        );
        await Eventually.HoldsAsync(
            async () =>
            {
                await using var channel = await connection.CreateChannelAsync();
                return (await channel.QueueDeclarePassiveAsync(queue)).MessageCount == 1;
            },
            TimeSpan.FromSeconds(30),
            "the kept message to reach the queue"
        );
        await using (var channel = await connection.CreateChannelAsync())
            await channel.QueuePurgeAsync(queue);
        await host.StopAsync();
    }

    [Fact]
    public async Task A_document_someone_waits_for_leaves_the_render_queue_before_the_routine_ones_queued_ahead_of_it()
    {
        using var host = BuildHost(pollInterval: "00:00:01");
        await host.StartAsync(); // declares the topology: the render queue as a priority queue
        const string queue = "document-rendering-render-document";
        await using var connection = await rabbit.Broker.ConnectAsync();
        await using var channel = await connection.CreateChannelAsync();
        await channel.QueuePurgeAsync(queue);

        // The results day's analysis documents first, then one a person asked for.
        var waited = Guid.NewGuid();
        await using (var scope = host.Services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<WidgetsDbContext>();
            for (var i = 0; i < 20; i++)
                db.Publish(Render(Guid.NewGuid(), Ita.Micro.Contracts.RenderPriority.Routine));
            await db.SaveChangesAsync();
            db.Publish(Render(waited, Ita.Micro.Contracts.RenderPriority.SomeoneWaits));
            await db.SaveChangesAsync();
        }
        await Eventually.HoldsAsync(
            async () => (await channel.QueueDeclarePassiveAsync(queue)).MessageCount == 21,
            TimeSpan.FromSeconds(30),
            "the 21 renders to reach the queue"
        );

        var first = await channel.BasicGetAsync(queue, autoAck: true);
        Assert.NotNull(first);
        Assert.Equal(1, first.BasicProperties.Priority);
        Assert.Contains(
            waited.ToString(),
            System.Text.Encoding.UTF8.GetString(first.Body.Span),
            StringComparison.Ordinal
        );
        var second = await channel.BasicGetAsync(queue, autoAck: true);
        Assert.Equal(0, second!.BasicProperties.Priority);
        await channel.QueuePurgeAsync(queue);
        await host.StopAsync();

        static Ita.Micro.Contracts.RenderDocument Render(Guid id, Ita.Micro.Contracts.RenderPriority priority) =>
            new()
            {
                DocumentId = id,
                Kind = Ita.Micro.Contracts.DocumentKind.Analysis,
                OrganisationCode = "6630801",
                FiscalYear = 2568,
                RequestedAtUtc = DateTime.UtcNow,
                Priority = priority,
            };
    }

    /// <summary>Waits for the dispatcher's first (empty) batch query, after which it waits for a signal.</summary>
    private static Task FirstPollAsync(IHost host)
    {
        var watcher = host.Services.GetRequiredService<OutboxPollWatcher>();
        return Eventually.HoldsAsync(() => watcher.Polls > 0, TimeSpan.FromSeconds(10), "the dispatcher's first poll");
    }

    private IHost BuildHost(string pollInterval = "00:10:00")
    {
        var broker = rabbit.Broker;
        var builder = Host.CreateApplicationBuilder(
            new HostApplicationBuilderSettings
            {
                DisableDefaults = true,
                EnvironmentName = Environments.Development,
                ContentRootPath = _database.Folder,
            }
        );
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?>
            {
                ["Database:DataDirectory"] = _database.Folder,
                ["RabbitMq:Host"] = broker.Host,
                ["RabbitMq:Port"] = broker.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["RabbitMq:VirtualHost"] = broker.VirtualHost,
                ["RabbitMq:Username"] = broker.Username,
                ["RabbitMq:Password"] = broker.Password,
                ["Outbox:PollInterval"] = pollInterval,
            }
        );
        builder.Logging.AddProvider(new TestOutputLoggerProvider(output));

        builder.AddServiceDefaults(ServiceName);
        builder.AddServiceDatabase<WidgetsDbContext>();
        // The test context has no migrations (its schema was made with EnsureCreated): the migrator has nothing to apply.
        builder.Services.AddSingleton<OutboxPollWatcher>();
        builder.Services.ConfigureDbContext<WidgetsDbContext>(
            (services, options) =>
                options
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.PendingModelChangesWarning))
                    .AddInterceptors(services.GetRequiredService<OutboxPollWatcher>())
        );
        builder.AddMessaging(bus => bus.AddConsumer<WidgetShippedConsumer>());
        builder.Services.AddSingleton<DeliveryLog>();
        // Start returns once the consumer's queue is bound: a message published before that would be dropped.
        builder.Services.Configure<MassTransitHostOptions>(options =>
        {
            options.WaitUntilStarted = true;
            options.StartTimeout = TimeSpan.FromSeconds(30);
            options.StopTimeout = TimeSpan.FromSeconds(10);
        });
        return builder.Build();
    }
}
