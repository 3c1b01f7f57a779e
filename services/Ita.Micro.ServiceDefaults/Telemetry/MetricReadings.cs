using System.Collections.Concurrent;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// The last readings behind the observable gauges of <see cref="ItaMetrics"/>. A type of its own, with nothing in
/// its initialiser: the exporter's thread reads these while <see cref="ItaMetrics"/> may still be initialising (its
/// gauges are published, and collected, from its static constructor), and a callback that needed ItaMetrics' type
/// initialiser would wait on it while that initialiser waits on the exporter's lock.
/// </summary>
internal static class MetricReadings
{
    internal sealed record Backlog(long Count, DateTime? OldestCreatedAtUtc);

    internal static Backlog Outbox = new(0, null);

    internal static readonly ConcurrentDictionary<string, Messaging.BrokerReading> Queues = new();
}
