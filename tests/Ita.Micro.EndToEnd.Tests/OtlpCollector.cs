using System.Net;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Stands in for an OpenTelemetry collector: keeps every OTLP/HTTP trace export the services send, so a test can
/// see which services took part in a trace. The protobuf is not decoded; trace ids and service names appear in
/// it as raw bytes.
/// </summary>
public sealed class OtlpCollector : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly List<byte[]> _traceExports = [];

    public OtlpCollector()
    {
        Port = Ita.Micro.Testing.FreePort.Next();
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(ReceiveAsync);
    }

    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>True when some export from <paramref name="serviceName"/> holds a span of trace <paramref name="traceId"/>.</summary>
    public bool SawTrace(string serviceName, string traceId)
    {
        var id = Convert.FromHexString(traceId);
        var name = System.Text.Encoding.UTF8.GetBytes(serviceName);
        lock (_traceExports)
            return _traceExports.Any(body => body.AsSpan().IndexOf(name) >= 0 && body.AsSpan().IndexOf(id) >= 0);
    }

    private async Task ReceiveAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception) { return; }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            if (context.Request.Url?.AbsolutePath == "/v1/traces")
                lock (_traceExports) _traceExports.Add(body.ToArray());
            context.Response.StatusCode = 200;
            context.Response.Close();
        }
    }

    public void Dispose() => _listener.Close();
}
