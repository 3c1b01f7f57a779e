using MassTransit;

namespace Ita.Micro.Bench;

/// <summary>A consumer that only counts: the floor of what carrying a message costs the broker and MassTransit.</summary>
public sealed class NothingConsumer<T>(int expected) : IConsumer<T>
    where T : class
{
    private readonly TaskCompletionSource _all = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _consumed;

    /// <summary>Completes when <c>expected</c> messages have been consumed.</summary>
    public Task All => _all.Task;

    public Task Consume(ConsumeContext<T> context)
    {
        if (Interlocked.Increment(ref _consumed) == expected)
            _all.TrySetResult();
        return Task.CompletedTask;
    }
}
