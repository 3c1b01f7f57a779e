using System.Threading.Channels;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>Hands stored imports to the worker at once; the worker also finds queued imports in the database.</summary>
public sealed class ImportQueue
{
    private readonly Channel<Guid> _channel = Channel.CreateUnbounded<Guid>();

    public void Enqueue(Guid importId) => _channel.Writer.TryWrite(importId);

    public ValueTask<bool> WaitAsync(CancellationToken cancellationToken) =>
        _channel.Reader.WaitToReadAsync(cancellationToken);

    public bool TryTake(out Guid importId) => _channel.Reader.TryRead(out importId);
}
