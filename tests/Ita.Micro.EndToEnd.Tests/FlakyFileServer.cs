using System.Net;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>An integration's file server that answers 503 a few times before it serves the file.</summary>
public sealed class FlakyFileServer : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly byte[] _content;
    private int _failuresLeft;
    private int _requests;

    public FlakyFileServer(byte[] content, int failuresFirst)
    {
        _content = content;
        _failuresLeft = failuresFirst;
        var port = Ita.Micro.Testing.FreePort.Next();
        BaseAddress = new Uri($"http://127.0.0.1:{port}/");
        _listener.Prefixes.Add(BaseAddress.ToString());
        _listener.Start();
        _ = Task.Run(ServeAsync);
    }

    public Uri BaseAddress { get; }
    public int Requests => Volatile.Read(ref _requests);

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception)
            {
                return;
            }
            Interlocked.Increment(ref _requests);
            if (Interlocked.Decrement(ref _failuresLeft) >= 0)
            {
                context.Response.StatusCode = 503;
            }
            else
            {
                context.Response.ContentType = "text/csv";
                await context.Response.OutputStream.WriteAsync(_content);
            }
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
