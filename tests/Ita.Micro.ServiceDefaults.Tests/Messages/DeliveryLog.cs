using System.Collections.Concurrent;

namespace Ita.Micro.ServiceDefaults.Tests.Messages;

/// <summary>What the consumer saw, for tests to wait on and inspect.</summary>
public sealed class DeliveryLog
{
    private readonly ConcurrentQueue<Delivery> _deliveries = new();
    private readonly SemaphoreSlim _added = new(0);

    public IReadOnlyList<Delivery> Deliveries => [.. _deliveries];

    public void Add(Delivery delivery)
    {
        _deliveries.Enqueue(delivery);
        _added.Release();
    }

    /// <summary>Waits until at least <paramref name="count"/> deliveries were seen; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        while (_deliveries.Count < count)
        {
            try
            {
                await _added.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                Assert.Fail(
                    $"Expected {count} deliveries within {timeout.TotalSeconds:0.#} s; saw {_deliveries.Count}."
                );
            }
        }
        return Deliveries;
    }
}
