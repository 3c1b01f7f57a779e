using System.Collections.Concurrent;
using MassTransit;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>The queues this service's consumers receive from, as MassTransit reports them ready.</summary>
public sealed class ReceiveQueues : IReceiveEndpointObserver
{
    private readonly ConcurrentDictionary<string, byte> _names = new();

    public IReadOnlyCollection<string> Names => [.. _names.Keys];

    public Task Ready(ReceiveEndpointReady ready)
    {
        // rabbitmq://host/vhost/queue: the last segment. The bus's own reply queue is temporary and not a consumer's.
        var queue = Uri.UnescapeDataString(ready.InputAddress.AbsolutePath.Split('/')[^1]);
        if (queue.Length > 0 && !queue.Contains("_bus_", StringComparison.Ordinal)) _names.TryAdd(queue, 0);
        return Task.CompletedTask;
    }

    public Task Stopping(ReceiveEndpointStopping stopping) => Task.CompletedTask;
    public Task Completed(ReceiveEndpointCompleted completed) => Task.CompletedTask;
    public Task Faulted(ReceiveEndpointFaulted faulted) => Task.CompletedTask;
}
