using MassTransit;

namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>
/// Holds every publish before it is sent until released, as a broker behind a cut network never confirms one.
/// </summary>
public sealed class PublishHold : IPublishObserver
{
    private readonly TaskCompletionSource _released = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public void Release() => _released.TrySetResult();

    public Task PrePublish<T>(PublishContext<T> context)
        where T : class => _released.Task;

    public Task PostPublish<T>(PublishContext<T> context)
        where T : class => Task.CompletedTask;

    public Task PublishFault<T>(PublishContext<T> context, Exception exception)
        where T : class => Task.CompletedTask;
}
