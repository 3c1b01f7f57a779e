using System.Collections.Concurrent;
using Ita.Micro.Contracts;
using MassTransit;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>
/// Plays the other services on the real broker: publishes analyses as the analysis service would, and records
/// every event measure tracking publishes, as the document service would receive them.
/// </summary>
public sealed class BrokerEvents : IAsyncDisposable
{
    private readonly IBusControl _bus;
    private readonly ConcurrentQueue<object> _received = new();

    private BrokerEvents(IBusControl bus) => _bus = bus;

    public static async Task<BrokerEvents> StartAsync(RabbitMqBroker broker)
    {
        BrokerEvents? events = null;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, broker.VirtualHost, h =>
            {
                h.Username(broker.Username);
                h.Password(broker.Password);
            });
            rabbit.ReceiveEndpoint($"test-documents-{Guid.NewGuid():N}", e =>
            {
                e.AutoDelete = true;
                e.Durable = false;
                e.Handler<ImprovementPlanDrafted>(c => events!.Record(c.Message));
                e.Handler<ImprovementPlanApproved>(c => events!.Record(c.Message));
                e.Handler<ImprovementPlanPublished>(c => events!.Record(c.Message));
                e.Handler<MeasureProgressReported>(c => events!.Record(c.Message));
                e.Handler<ProgressReportSubmitted>(c => events!.Record(c.Message));
            });
        });
        events = new BrokerEvents(bus);
        await bus.StartAsync();
        return events;
    }

    public Task PublishAsync(AssessmentAnalysed analysis) => _bus.Publish(analysis);

    public IReadOnlyList<T> All<T>() => _received.OfType<T>().ToList();

    /// <summary>Waits until a received event of type T matches.</summary>
    public Task<T> WaitForAsync<T>(Func<T, bool> match, int timeoutSeconds = 20)
        where T : class =>
        Eventually.ReturnsAsync(
            () => _received.OfType<T>().FirstOrDefault(match),
            TimeSpan.FromSeconds(timeoutSeconds),
            $"a matching {typeof(T).Name} received"
        );

    private Task Record(object message)
    {
        _received.Enqueue(message);
        return Task.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _bus.StopAsync();
}
