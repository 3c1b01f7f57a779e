using System.Collections.Concurrent;
using MassTransit;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// The queues this service's consumers receive from, whether each is consuming now (as MassTransit reports its
/// endpoint) and what the broker last said of it and of its error queue (<see cref="QueueSampler"/>).
/// </summary>
/// <param name="exclusive">The queues exclusive to this process's bus connection (the replica's own code-book queue).</param>
public sealed class ReceiveQueues(IReadOnlyCollection<string> exclusive) : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, ReceiveQueue> _queues = new();

    public IReadOnlyCollection<string> Names => [.. _queues.Keys];

    public IReadOnlyCollection<ReceiveQueue> All => [.. _queues.Values];

    public ReceiveQueue? Find(string name) => _queues.GetValueOrDefault(name);

    /// <summary>What the broker said of <paramref name="queue"/> just now.</summary>
    public void Record(string queue, BrokerReading reading)
    {
        if (_queues.TryGetValue(queue, out var known))
            known.Reading = reading;
    }

    public Task Ready(ReceiveEndpointReady ready) => Change(ready, consuming: true, null);

    public Task Stopping(ReceiveEndpointStopping stopping) => Change(stopping, consuming: false, "stopping");

    public Task Completed(ReceiveEndpointCompleted completed) => Change(completed, consuming: false, "stopped");

    public Task Faulted(ReceiveEndpointFaulted faulted) =>
        Change(faulted, consuming: false, faulted.Exception?.Message ?? "faulted");

    private Task Change(ReceiveEndpointEvent change, bool consuming, string? reason)
    {
        // rabbitmq://host/vhost/queue: the last segment. The bus's own reply queue is temporary and not a consumer's.
        var name = Uri.UnescapeDataString(change.InputAddress.AbsolutePath.Split('/')[^1]);
        if (name.Length == 0 || name.Contains("_bus_", StringComparison.Ordinal))
            return Task.CompletedTask;
        var queue = _queues.GetOrAdd(name, n => new ReceiveQueue(n, change.ReceiveEndpoint, exclusive.Contains(n)));
        queue.Change(consuming, reason);
        return Task.CompletedTask;
    }
}

/// <summary>One consumer queue of this service.</summary>
public sealed class ReceiveQueue(string name, IReceiveEndpoint endpoint, bool exclusive = false)
{
    private readonly Lock _lock = new();
    private (bool Consuming, string? Reason, DateTime ChangedAtUtc) _state = (false, "starting", DateTime.UtcNow);

    public string Name { get; } = name;
    public IReceiveEndpoint Endpoint { get; } = endpoint;
    public string ErrorQueue => Name + "_error";

    /// <summary>
    /// Exclusive to this process's bus connection: the broker answers no other connection about it (RESOURCE_LOCKED),
    /// so <see cref="QueueSampler"/> does not read it, and it has no error queue. It is consumed while its endpoint is
    /// ready, and it goes when the connection goes.
    /// </summary>
    public bool Exclusive { get; } = exclusive;

    /// <summary>Whether MassTransit last reported the endpoint ready, why not, and since when.</summary>
    public (bool Consuming, string? Reason, DateTime ChangedAtUtc) State
    {
        get
        {
            lock (_lock)
                return _state;
        }
    }

    /// <summary>The broker's last reading, or null before the first.</summary>
    public BrokerReading? Reading { get; set; }

    /// <summary>When the broker, answering, first found this queue not consumed by this process; null while it is.</summary>
    internal DateTime? DetachedSinceUtc { get; set; }

    internal void Change(bool consuming, string? reason)
    {
        lock (_lock)
            _state = (consuming, reason, DateTime.UtcNow);
    }

    /// <summary>
    /// Why this queue is not being consumed by this process, or null when it is: its endpoint is not ready, or it is
    /// and the broker, asked after it became ready, lists no consumer on the queue (a consumer lost without MassTransit
    /// noticing; with no consumer at all, none of this service's instances is taking the queue's messages).
    /// </summary>
    public string? NotConsumingBecause()
    {
        var (consuming, reason, since) = State;
        if (!consuming)
            return $"endpoint {reason ?? "not ready"} since {since:HH:mm:ss} UTC";
        return Reading is { } read && read.ReadAtUtc > since && read.Consumers == 0
            ? $"the broker lists no consumer (read {read.ReadAtUtc:HH:mm:ss} UTC)"
            : null;
    }
}
