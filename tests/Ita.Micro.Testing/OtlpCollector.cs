using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Ita.Micro.Testing;

/// <summary>
/// Stands in for an OpenTelemetry collector: a small Kestrel app on 127.0.0.1 that accepts OTLP/HTTP protobuf at
/// /v1/traces, /v1/metrics and /v1/logs and keeps which service sent which spans and metrics (<see cref="OtlpWire"/>).
/// </summary>
public sealed class OtlpCollector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly HashSet<(string Service, string TraceId)> _spans = [];
    private readonly HashSet<(string Service, string Meter, string Metric)> _metrics = [];

    private OtlpCollector(int port)
    {
        Port = port;
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls(Endpoint);
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost("/v1/traces", async (HttpRequest request) =>
        {
            var spans = OtlpWire.Spans(await BodyAsync(request)).ToList();
            lock (_spans)
                _spans.UnionWith(spans);
            return Protobuf();
        });
        _app.MapPost("/v1/metrics", async (HttpRequest request) =>
        {
            var metrics = OtlpWire.Metrics(await BodyAsync(request)).ToList();
            lock (_metrics)
                _metrics.UnionWith(metrics);
            return Protobuf();
        });
        _app.MapPost("/v1/logs", async (HttpRequest request) =>
        {
            await BodyAsync(request);
            return Protobuf();
        });
    }

    public static async Task<OtlpCollector> StartAsync()
    {
        var collector = new OtlpCollector(FreePort.Next());
        await collector._app.StartAsync();
        return collector;
    }

    public int Port { get; }
    public string Endpoint => $"http://127.0.0.1:{Port}";

    /// <summary>What a process needs to export to this collector promptly: OTLP over HTTP, batches every 200 ms.</summary>
    public IReadOnlyDictionary<string, string> EnvironmentVariables() =>
        new Dictionary<string, string>
        {
            ["OTEL_EXPORTER_OTLP_ENDPOINT"] = Endpoint,
            ["OTEL_EXPORTER_OTLP_PROTOCOL"] = "http/protobuf",
            ["OTEL_BSP_SCHEDULE_DELAY"] = "200",
            ["OTEL_METRIC_EXPORT_INTERVAL"] = "1000",
        };

    /// <summary>True when <paramref name="serviceName"/> exported a span of trace <paramref name="traceId"/>.</summary>
    public bool SawTrace(string serviceName, string traceId)
    {
        lock (_spans)
            return _spans.Contains((serviceName, traceId.ToLowerInvariant()));
    }

    /// <summary>The services that exported a span of trace <paramref name="traceId"/> (for a failure's message).</summary>
    public IReadOnlyList<string> ServicesOf(string traceId)
    {
        lock (_spans)
            return
            [
                .. _spans.Where(s => s.TraceId == traceId.ToLowerInvariant()).Select(s => s.Service).Distinct().Order(),
            ];
    }

    /// <summary>The names of the metrics <paramref name="serviceName"/> exported, with their meters.</summary>
    public IReadOnlyList<(string Meter, string Metric)> MetricsOf(string serviceName)
    {
        lock (_metrics)
            return [.. _metrics.Where(m => m.Service == serviceName).Select(m => (m.Meter, m.Metric))];
    }

    private static async Task<byte[]> BodyAsync(HttpRequest request)
    {
        using var body = new MemoryStream();
        await request.Body.CopyToAsync(body);
        return body.ToArray();
    }

    /// <summary>An empty Export…ServiceResponse: full success.</summary>
    private static IResult Protobuf() => Results.Bytes([], "application/x-protobuf");

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
