using System.Diagnostics;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>Spans of the outbox dispatcher, which publishes outside the request that wrote the message.</summary>
public static class OutboxTelemetry
{
    public const string SourceName = "Ita.Micro.Outbox";
    public static readonly ActivitySource Source = new(SourceName);
}
