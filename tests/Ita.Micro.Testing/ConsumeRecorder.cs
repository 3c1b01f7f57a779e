using System.Collections.Concurrent;
using MassTransit;

namespace Ita.Micro.Testing;

/// <summary>
/// Counts finished consumes (successful or faulted) per MessageId. The harness's own Consumed list keeps one entry
/// per MessageId, so a redelivery with the same id, which is exactly what the inbox is for, would not show there.
/// </summary>
public sealed class ConsumeRecorder : IConsumeObserver
{
    private readonly ConcurrentDictionary<Guid, ConcurrentQueue<Exception?>> _finished = new();

    /// <summary>How each consume of the message ended: null for success, else the exception it faulted with.</summary>
    public IReadOnlyList<Exception?> Finished(Guid messageId) =>
        _finished.TryGetValue(messageId, out var outcomes) ? [.. outcomes] : [];

    public Task PreConsume<T>(ConsumeContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context)
        where T : class => Record(context, null);

    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception)
        where T : class => Record(context, exception);

    private Task Record(ConsumeContext context, Exception? exception)
    {
        if (context.MessageId is { } id)
            _finished.GetOrAdd(id, _ => new ConcurrentQueue<Exception?>()).Enqueue(exception);
        return Task.CompletedTask;
    }
}
