using System.Collections.Concurrent;
using System.Diagnostics.Metrics;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// The one meter of Ita.Micro's own metrics, exported with the libraries' (ASP.NET Core, Kestrel, HttpClient,
/// MassTransit). Each service creates its instruments on it in one class of its own (ImportMetrics, AnalysisMetrics,
/// PlanMetrics, DocumentMetrics); the outbox, inbox and queue instruments every service shares are here.
/// </summary>
public static class ItaMetrics
{
    public const string MeterName = "Ita.Micro";

    public static readonly Meter Meter = new(MeterName);

    /// <summary>Messages a consumer had handled before and skipped (a redelivery, a repeat), by consumer.</summary>
    public static readonly Counter<long> InboxDuplicatesSkipped = Meter.CreateCounter<long>(
        "ita.inbox.duplicates_skipped", "{message}", "Messages a consumer's inbox had seen before and skipped.");

    private sealed record Backlog(long Count, DateTime? OldestCreatedAtUtc);

    private static Backlog _outbox = new(0, null);

    private static readonly ConcurrentDictionary<string, long> QueueLags = new();

    static ItaMetrics()
    {
        Meter.CreateObservableGauge("ita.queue.lag",
            () => QueueLags.Select(q => new Measurement<long>(q.Value, new KeyValuePair<string, object?>("messaging.destination.name", q.Key))),
            "{message}", "Messages waiting in a consumer's queue, read from the broker.");
        Meter.CreateObservableGauge("ita.outbox.backlog", () => Volatile.Read(ref _outbox).Count, "{message}",
            "Outbox messages written and not yet published.");
        Meter.CreateObservableGauge("ita.outbox.oldest_age",
            () => Volatile.Read(ref _outbox).OldestCreatedAtUtc is { } oldest ? Math.Max(0, (DateTime.UtcNow - oldest).TotalSeconds) : 0,
            "s", "Age of the oldest outbox message not yet published.");
        // A counter exists from the start at zero, so a dashboard or alert tells "none" from "not reported".
        InboxDuplicatesSkipped.Add(0);
    }

    /// <summary>What the outbox dispatcher last found waiting; the gauges read it when metrics are collected.</summary>
    public static void OutboxBacklog(long count, DateTime? oldestCreatedAtUtc)
    {
        Volatile.Write(ref _outbox, new Backlog(count, oldestCreatedAtUtc));
    }

    /// <summary>What the queue lag sampler last read for one queue.</summary>
    public static void QueueLag(string queue, long messages) => QueueLags[queue] = messages;

    public static void DuplicateSkipped(string consumer, long count = 1)
    {
        if (count > 0) InboxDuplicatesSkipped.Add(count, new KeyValuePair<string, object?>("ita.consumer", consumer));
    }
}
