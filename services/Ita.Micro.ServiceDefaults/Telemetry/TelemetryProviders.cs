using OpenTelemetry.Metrics;
using OpenTelemetry.Trace;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>The tracer and meter providers of the process, disposed with the host.</summary>
public sealed class TelemetryProviders(TracerProvider tracing, MeterProvider metrics) : IDisposable
{
    public TracerProvider Tracing { get; } = tracing;

    public void Dispose()
    {
        Tracing.Dispose();
        metrics.Dispose();
    }
}
