using System.Collections.Concurrent;
using MassTransit;

namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>
/// Every publish the bus made, in order. The test harness's own <c>Published</c> list holds one entry per message id,
/// so it cannot show a message id published twice; this observer can.
/// </summary>
public sealed class PublishRecorder : IPublishObserver
{
    private readonly ConcurrentQueue<Guid?> _messageIds = new();

    public IReadOnlyList<Guid?> MessageIds => [.. _messageIds];

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class
    {
        _messageIds.Enqueue(context.MessageId);
        return Task.CompletedTask;
    }

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
