using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using Ita.Micro.DocumentRendering.Services.Cdp;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>The DevTools pipe protocol against a scripted browser: NUL-ended JSON messages both ways.</summary>
public sealed class CdpConnectionTests : IAsyncDisposable
{
    private readonly Pipe _commands = new();

    // A write returns once the connection has read all of it, so each part below arrives in a read of its own.
    private readonly Pipe _replies = new(new PipeOptions(pauseWriterThreshold: 1, resumeWriterThreshold: 1));
    private readonly CdpConnection _connection;

    public CdpConnectionTests() =>
        _connection = new CdpConnection(_commands.Writer.AsStream(), _replies.Reader.AsStream());

    [Fact]
    public async Task Replies_find_their_commands_by_id_in_any_order_and_split_across_reads()
    {
        var first = _connection.SendAsync("Browser.getVersion", null);
        var second = _connection.SendAsync(
            "Page.printToPDF",
            json => json.WriteBoolean("printBackground", true),
            "session-1"
        );
        var sent = await ReadCommandsAsync(2);
        Assert.Equal("Page.printToPDF", sent[1].GetProperty("method").GetString());
        Assert.Equal("session-1", sent[1].GetProperty("sessionId").GetString());
        Assert.True(sent[1].GetProperty("params").GetProperty("printBackground").GetBoolean());

        var replies =
            $"{{\"id\":{sent[1].GetProperty("id")},\"result\":{{\"data\":\"JVBERi0=\"}}}}\0{{\"id\":{sent[0].GetProperty("id")},\"result\":{{\"product\":\"ทดสอบ\"}}}}\0";
        var bytes = Encoding.UTF8.GetBytes(replies);
        // Cut inside the Thai text's UTF-8 and inside the first message.
        foreach (var part in new[] { bytes[..10], bytes[10..(bytes.Length - 9)], bytes[(bytes.Length - 9)..] })
        {
            await _replies.Writer.WriteAsync(part);
        }

        using var version = await first;
        using var pdf = await second;
        Assert.Equal("ทดสอบ", version.RootElement.GetProperty("result").GetProperty("product").GetString());
        Assert.Equal(
            "%PDF-"u8.ToArray(),
            pdf.RootElement.GetProperty("result").GetProperty("data").GetBytesFromBase64()
        );
    }

    [Fact]
    public async Task A_protocol_error_fails_its_command_with_chromiums_message()
    {
        var command = _connection.SendAsync("Page.captureScreenshot", null);
        var sent = await ReadCommandsAsync(1);

        await ReplyAsync(
            $"{{\"id\":{sent[0].GetProperty("id")},\"error\":{{\"code\":-32000,\"message\":\"Not attached to an active page\"}}}}"
        );

        var error = await Assert.ThrowsAsync<CdpException>(() => command);
        Assert.Equal("Not attached to an active page", error.Message);
    }

    [Fact]
    public async Task When_the_browser_goes_away_waiting_and_later_commands_fail_as_closed()
    {
        var waiting = _connection.SendAsync("Page.printToPDF", null, "session-1");
        await ReadCommandsAsync(1);

        await _replies.Writer.CompleteAsync();

        await Assert.ThrowsAsync<CdpTargetClosedException>(() => waiting);
        await _connection.Closed.WaitAsync(TimeSpan.FromSeconds(5));
        await Assert.ThrowsAsync<CdpTargetClosedException>(() => _connection.SendAsync("Browser.getVersion", null));
    }

    [Fact]
    public async Task Events_reach_their_session_and_a_forgotten_session_fails_what_waits_on_it()
    {
        var heard = new TaskCompletionSource<string>();
        _connection.OnSessionEvents("session-1", (method, parameters) =>
            heard.TrySetResult(method + " " + parameters.GetProperty("requestId").GetString())
        );
        var other = _connection.SendAsync("Runtime.evaluate", null, "session-2");
        var mine = _connection.SendAsync("Runtime.evaluate", null, "session-1");
        await ReadCommandsAsync(2);

        await ReplyAsync(
            "{\"method\":\"Fetch.requestPaused\",\"sessionId\":\"session-1\",\"params\":{\"requestId\":\"r1\"}}"
        );
        Assert.Equal("Fetch.requestPaused r1", await heard.Task.WaitAsync(TimeSpan.FromSeconds(5)));

        _connection.ForgetSession("session-1", "The page crashed.");

        await Assert.ThrowsAsync<CdpTargetClosedException>(() => mine);
        Assert.False(other.IsCompleted);
    }

    [Fact]
    public async Task A_cancelled_command_stops_waiting()
    {
        using var cancel = new CancellationTokenSource();
        var command = _connection.SendAsync("Page.printToPDF", null, cancellationToken: cancel.Token);
        await ReadCommandsAsync(1);

        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => command);
    }

    private async Task ReplyAsync(string json) => await _replies.Writer.WriteAsync(Encoding.UTF8.GetBytes(json + "\0"));

    private async Task<List<JsonElement>> ReadCommandsAsync(int count)
    {
        var commands = new List<JsonElement>();
        while (commands.Count < count)
        {
            var read = await _commands.Reader.ReadAsync().AsTask().WaitAsync(TimeSpan.FromSeconds(5));
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)0) is { } end)
            {
                commands.Add(JsonDocument.Parse(buffer.Slice(0, end)).RootElement.Clone());
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }
            _commands.Reader.AdvanceTo(buffer.Start, buffer.End);
        }
        return commands;
    }

    public async ValueTask DisposeAsync()
    {
        await _replies.Writer.CompleteAsync();
        await _connection.DisposeAsync();
    }
}
