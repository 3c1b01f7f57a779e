using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Tests.Messages;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>
/// An <see cref="OutboxDispatcher{TContext}"/> over MassTransit's in-memory test harness and a real SQLite file, for
/// tests that call <see cref="OutboxDispatcher{TContext}.DispatchBatchAsync"/> themselves (it is not started as a
/// hosted service). <see cref="WidgetShippedConsumer"/> listens on the in-memory bus.
/// </summary>
public sealed class DispatcherHarness : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    private readonly PublishRecorder _publishes = new();

    private DispatcherHarness(WidgetsDatabase database, ServiceProvider provider)
    {
        Database = database;
        _provider = provider;
        provider.GetRequiredService<IBus>().ConnectPublishObserver(_publishes);
    }

    public WidgetsDatabase Database { get; }
    public ITestHarness Bus => _provider.GetRequiredService<ITestHarness>();
    public OutboxDispatcher<WidgetsDbContext> Dispatcher =>
        _provider.GetRequiredService<OutboxDispatcher<WidgetsDbContext>>();
    public DeliveryLog Deliveries => _provider.GetRequiredService<DeliveryLog>();

    public static async Task<DispatcherHarness> StartAsync(OutboxOptions? options = null)
    {
        var database = new WidgetsDatabase();
        var services = new ServiceCollection();
        services.AddLogging();
        // The outbox's SaveChanges interceptor is internal to ServiceDefaults: nothing here needs the wake-up it sends.
        services.AddDbContext<WidgetsDbContext>(o => o.UseSqlite(database.ConnectionString));
        services.AddSingleton<DeliveryLog>();
        services.AddMassTransitTestHarness(bus => bus.AddConsumer<WidgetShippedConsumer>());
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(Options.Create(options ?? new OutboxOptions()));
        services.AddSingleton<ILogger<OutboxDispatcher<WidgetsDbContext>>>(
            NullLogger<OutboxDispatcher<WidgetsDbContext>>.Instance
        );
        services.AddSingleton<OutboxDispatcher<WidgetsDbContext>>();
        var provider = services.BuildServiceProvider(
            new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true }
        );
        try
        {
            await provider.GetRequiredService<ITestHarness>().Start();
            return new DispatcherHarness(database, provider);
        }
        catch
        {
            await provider.DisposeAsync();
            database.Dispose();
            throw;
        }
    }

    public Task<int> DispatchAsync() => Dispatcher.DispatchBatchAsync(CancellationToken.None);

    /// <summary>Holds every publish from now on until the hold is released.</summary>
    public PublishHold HoldPublishes()
    {
        var hold = new PublishHold();
        _provider.GetRequiredService<IBus>().ConnectPublishObserver(hold);
        return hold;
    }

    /// <summary>The message ids the bus has published so far, in the order it published them, once per publish.</summary>
    public List<Guid?> Published() => [.. _publishes.MessageIds];

    /// <summary>Writes widgets and one <see cref="WidgetShipped"/> each through the outbox, one save each (ids in order).</summary>
    public async Task<List<Guid>> WriteShipmentsAsync(params string[] names)
    {
        var ids = new List<Guid>();
        foreach (var name in names)
        {
            await using var db = Database.Open();
            var widget = new Widget { Id = await db.Widgets.CountAsync() + 1, Name = name };
            db.Widgets.Add(widget);
            db.Publish(
                new WidgetShipped
                {
                    WidgetId = widget.Id,
                    Name = name,
                    ShippedAtUtc = DateTime.UtcNow,
                }
            );
            await db.SaveChangesAsync();
            ids.Add(db.OutboxMessages.Local.Single().MessageId);
        }
        return ids;
    }

    public async Task<List<OutboxMessage>> OutboxAsync()
    {
        await using var db = Database.Open();
        return await db.OutboxMessages.AsNoTracking().OrderBy(m => m.Id).ToListAsync();
    }

    public async Task<OutboxMessage> OutboxMessageAsync(Guid messageId)
    {
        await using var db = Database.Open();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.MessageId == messageId);
    }

    /// <summary>Changes outbox rows directly, as a crash or the passing of time would leave them.</summary>
    public async Task UpdateOutboxAsync(Guid messageId, Action<OutboxMessage> change)
    {
        await using var db = Database.Open();
        change(await db.OutboxMessages.SingleAsync(m => m.MessageId == messageId));
        await db.SaveChangesAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        Database.Dispose();
    }
}
