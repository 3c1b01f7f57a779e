using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>Keeps every log entry so that tests can assert on what the renderer reported.</summary>
public sealed class RecordingLogger<T> : ILogger<T>
{
    public ConcurrentQueue<(LogLevel Level, EventId EventId, string Message)> Entries { get; } = new();

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => true;

    public void Log<TState>(
        LogLevel logLevel,
        EventId eventId,
        TState state,
        Exception? exception,
        Func<TState, Exception?, string> formatter
    ) => Entries.Enqueue((logLevel, eventId, formatter(state, exception)));
}
