using System.Buffers;
using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Ita.Micro.DocumentRendering.Services.Cdp;

/// <summary>
/// The Chrome DevTools Protocol over the pipe Chromium opens with --remote-debugging-pipe: each message is one JSON
/// object ended by a NUL byte, commands carry an id that their reply repeats, and a page's commands and events carry
/// the session id of a flat attachment. No port is opened, so nothing else on the machine can reach the browser.
/// </summary>
public sealed class CdpConnection : IAsyncDisposable
{
    // Thai text stays UTF-8: escaping it as \uXXXX would triple what Chromium reads for every document.
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private readonly Stream _input;
    private readonly Stream _output;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private readonly ConcurrentDictionary<int, Pending> _pending = new();
    private readonly ConcurrentDictionary<string, Action<string, JsonElement>> _sessions = new(StringComparer.Ordinal);
    private readonly TaskCompletionSource _closed = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly Task _reader;
    private int _nextId;

    /// <param name="input">Where commands are written (Chromium's file descriptor 3).</param>
    /// <param name="output">Where replies and events are read (Chromium's file descriptor 4).</param>
    public CdpConnection(Stream input, Stream output)
    {
        _input = input;
        _output = output;
        _reader = Task.Run(ReadAsync);
    }

    /// <summary>Completes when the pipe closed: the browser exited or was killed.</summary>
    public Task Closed => _closed.Task;

    public bool IsClosed => _closed.Task.IsCompleted;

    /// <summary>Browser-level events (no session id): method and parameters, raised on the reading thread.</summary>
    public event Action<string, JsonElement>? BrowserEvent;

    /// <summary>Routes the events of one attached session to <paramref name="handler"/>, raised on the reading thread.</summary>
    public void OnSessionEvents(string sessionId, Action<string, JsonElement> handler) =>
        _sessions[sessionId] = handler;

    /// <summary>Fails the commands still waiting on a session whose target went away (closed or crashed).</summary>
    public void ForgetSession(string sessionId, string reason)
    {
        _sessions.TryRemove(sessionId, out _);
        foreach (var (id, pending) in _pending)
        {
            if (pending.SessionId == sessionId && _pending.TryRemove(id, out var removed))
                removed.Reply.TrySetException(new CdpTargetClosedException(reason));
        }
    }

    /// <summary>
    /// Sends one command and returns its result, which the caller disposes. A protocol error becomes a
    /// <see cref="CdpException"/>; a closed pipe or target a <see cref="CdpTargetClosedException"/>.
    /// </summary>
    public async Task<JsonDocument> SendAsync(
        string method,
        Action<Utf8JsonWriter>? parameters,
        string? sessionId = null,
        CancellationToken cancellationToken = default
    )
    {
        var id = Interlocked.Increment(ref _nextId);
        var pending = new Pending(
            sessionId,
            new TaskCompletionSource<JsonDocument>(TaskCreationOptions.RunContinuationsAsynchronously)
        );
        _pending[id] = pending;
        if (IsClosed)
            Fail(id, new CdpTargetClosedException("Chromium closed the DevTools pipe."));

        var buffer = new ArrayBufferWriter<byte>(256);
        using (var json = new Utf8JsonWriter(buffer, WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("id", id);
            json.WriteString("method", method);
            if (sessionId is not null)
                json.WriteString("sessionId", sessionId);
            json.WritePropertyName("params");
            json.WriteStartObject();
            parameters?.Invoke(json);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        buffer.Write([(byte)0]);

        try
        {
            await _writeLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            _pending.TryRemove(id, out _);
            throw;
        }
        try
        {
            await _input.WriteAsync(buffer.WrittenMemory, CancellationToken.None).ConfigureAwait(false);
            await _input.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException)
        {
            Fail(id, new CdpTargetClosedException("Chromium closed the DevTools pipe.", ex));
        }
        finally
        {
            _writeLock.Release();
        }

        await using (
            cancellationToken
                .Register(() => Fail(id, new OperationCanceledException(cancellationToken)))
                .ConfigureAwait(false)
        )
            return await pending.Reply.Task.ConfigureAwait(false);
    }

    private void Fail(int id, Exception exception)
    {
        if (_pending.TryRemove(id, out var pending))
            pending.Reply.TrySetException(exception);
    }

    private async Task ReadAsync()
    {
        var buffer = new byte[64 * 1024];
        var message = new ArrayBufferWriter<byte>(64 * 1024);
        try
        {
            while (true)
            {
                var read = await _output.ReadAsync(buffer).ConfigureAwait(false);
                if (read == 0)
                    break;
                var chunk = buffer.AsSpan(0, read);
                int end;
                while ((end = chunk.IndexOf((byte)0)) >= 0)
                {
                    message.Write(chunk[..end]);
                    Dispatch(message.WrittenMemory);
                    message.Clear();
                    chunk = chunk[(end + 1)..];
                }
                message.Write(chunk);
            }
        }
        catch (Exception ex) when (ex is IOException or ObjectDisposedException or JsonException)
        {
            // The pipe broke with the browser, or carried something that is not the protocol: either way it is over.
        }
        finally
        {
            _closed.TrySetResult();
            foreach (var id in _pending.Keys)
                Fail(id, new CdpTargetClosedException("Chromium closed the DevTools pipe."));
        }
    }

    private void Dispatch(ReadOnlyMemory<byte> utf8)
    {
        // Copied: the reply outlives the read buffer that is reused for the next message.
        var document = JsonDocument.Parse(utf8.ToArray());
        var root = document.RootElement;
        if (root.TryGetProperty("id", out var idElement))
        {
            if (!_pending.TryRemove(idElement.GetInt32(), out var pending))
            {
                document.Dispose();
                return;
            }
            if (root.TryGetProperty("error", out var error))
            {
                pending.Reply.TrySetException(
                    new CdpException(
                        error.TryGetProperty("message", out var text) ? text.GetString() ?? "" : error.GetRawText()
                    )
                );
                document.Dispose();
            }
            else
            {
                pending.Reply.TrySetResult(document);
            }
            return;
        }

        using (document)
        {
            if (!root.TryGetProperty("method", out var methodElement))
                return;
            var method = methodElement.GetString() ?? "";
            var parameters = root.TryGetProperty("params", out var p) ? p : default;
            try
            {
                if (root.TryGetProperty("sessionId", out var session))
                {
                    if (_sessions.TryGetValue(session.GetString() ?? "", out var handler))
                        handler(method, parameters);
                }
                else
                {
                    BrowserEvent?.Invoke(method, parameters);
                }
            }
            catch (Exception ex) when (ex is KeyNotFoundException or InvalidOperationException)
            {
                // An event of a shape this client does not expect is ignored rather than taking the pipe down.
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _input.DisposeAsync().ConfigureAwait(false);
        await _output.DisposeAsync().ConfigureAwait(false);
        try
        {
            await _reader.ConfigureAwait(false);
        }
        catch (ObjectDisposedException) { }
        _writeLock.Dispose();
    }

    private sealed record Pending(string? SessionId, TaskCompletionSource<JsonDocument> Reply);
}
