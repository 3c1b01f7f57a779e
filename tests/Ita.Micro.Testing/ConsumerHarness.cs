using Ita.Micro.ServiceDefaults.CodeBooks;
using MassTransit;
using MassTransit.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Testing;

/// <summary>
/// One consumer on MassTransit's in-memory test harness, with the service's DbContext on a fresh SQLite file
/// (migrations applied). What the consumer publishes through the outbox stays in the outbox table: no dispatcher runs.
/// </summary>
public sealed class ConsumerHarness<TContext> : IAsyncDisposable
    where TContext : DbContext
{
    private readonly ServiceProvider _provider;
    private readonly ConsumeRecorder _recorder = new();

    private ConsumerHarness(TestDatabase<TContext> database, ServiceProvider provider)
    {
        Database = database;
        _provider = provider;
    }

    public TestDatabase<TContext> Database { get; }

    public ITestHarness Harness => _provider.GetRequiredService<ITestHarness>();

    /// <summary>The container the consumer is resolved from, for what a test runs beside it.</summary>
    public IServiceProvider Services => _provider;

    /// <param name="services">
    /// Whatever else the consumer needs (its DbContext and logging are registered already), given the database.
    /// </param>
    public static async Task<ConsumerHarness<TContext>> StartAsync<TConsumer>(
        Func<DbContextOptions<TContext>, TContext> create,
        Action<IServiceCollection, TestDatabase<TContext>>? services = null
    )
        where TConsumer : class, IConsumer => await StartAsync(create, x => x.AddConsumer<TConsumer>(), services);

    /// <summary>Several consumers on the one database, for a flow that passes from one to the next.</summary>
    /// <param name="consumers">
    /// The consumers to register, a consumer of the inbox with AddInboxConsumer as its service adds it. The harness has
    /// no retries: a fault is not retried.
    /// </param>
    /// <param name="services">As above.</param>
    public static async Task<ConsumerHarness<TContext>> StartAsync(
        Func<DbContextOptions<TContext>, TContext> create,
        Action<IBusRegistrationConfigurator> consumers,
        Action<IServiceCollection, TestDatabase<TContext>>? services = null
    )
    {
        var database = TestDatabase<TContext>.Sqlite(create);
        // Code books of its own, as each service holds: what a test loads reaches no other test.
        var collection = new ServiceCollection().AddLogging().AddScoped(_ => database.Open()).AddCodeBooks();
        services?.Invoke(collection, database);
        var provider = collection.AddMassTransitTestHarness(consumers).BuildServiceProvider(validateScopes: true);
        var harness = new ConsumerHarness<TContext>(database, provider);
        await harness.Harness.Start();
        harness.Harness.Bus.ConnectConsumeObserver(harness._recorder);
        return harness;
    }

    /// <summary>
    /// How long a consume may take before the test fails: a render takes well under a second on a quiet machine, but a
    /// CI machine running several test assemblies at once has been seen to need more than 10 s.
    /// </summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>An in-memory consume ends in milliseconds: asked often, so a test of many consumes stays quick.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(5);

    /// <summary>
    /// Publishes the message with the given MessageId (a new one when null) and waits until the consumer has
    /// finished with it once more than before. Returns null when it succeeded, else the exception it faulted with.
    /// </summary>
    public async Task<Exception?> ConsumeAsync<T>(T message, Guid? messageId = null)
        where T : class
    {
        var id = messageId ?? NewId.NextGuid();
        var before = _recorder.Finished(id).Count;
        await Harness.Bus.Publish(message, context => context.MessageId = id);
        var finished = await Eventually.ReturnsAsync(
            () => _recorder.Finished(id) is { } f && f.Count > before ? f : null,
            Patience,
            $"the {typeof(T).Name} consumed",
            Interval
        );
        return finished[^1];
    }

    /// <summary>
    /// Publishes the messages in order, each with its MessageId, and waits until every one has been consumed once more
    /// than before (a MessageId given twice, twice more). Returns how each consume ended, in the order given; for a
    /// batch consumer, messages published together like this can arrive in one batch.
    /// </summary>
    public async Task<IReadOnlyList<Exception?>> ConsumeAllAsync<T>(IReadOnlyList<(T Message, Guid MessageId)> messages)
        where T : class
    {
        var expected = messages
            .GroupBy(m => m.MessageId)
            .ToDictionary(g => g.Key, g => _recorder.Finished(g.Key).Count + g.Count());
        var before = messages
            .Select(m => m.MessageId)
            .Distinct()
            .ToDictionary(id => id, id => _recorder.Finished(id).Count);
        foreach (var (message, id) in messages)
            await Harness.Bus.Publish(message, context => context.MessageId = id);
        await Eventually.HoldsAsync(
            () => expected.All(e => _recorder.Finished(e.Key).Count >= e.Value),
            Patience,
            $"the {typeof(T).Name} messages all consumed",
            Interval
        );
        var next = new Dictionary<Guid, int>(before);
        return messages.Select(m => _recorder.Finished(m.MessageId)[next[m.MessageId]++]).ToList();
    }

    /// <summary>Reads the database as it is now.</summary>
    public async Task<TResult> QueryAsync<TResult>(Func<TContext, Task<TResult>> query)
    {
        await using var db = Database.Open();
        return await query(db);
    }

    public async ValueTask DisposeAsync()
    {
        await Harness.Stop();
        await _provider.DisposeAsync();
        Database.Dispose();
    }
}
