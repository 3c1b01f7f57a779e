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
        "ita.inbox.duplicates_skipped",
        "{message}",
        "Messages a consumer's inbox had seen before and skipped."
    );

    static ItaMetrics()
    {
        Meter.CreateObservableGauge(
            "ita.queue.lag",
            () => PerQueue(q => q.Messages),
            "{message}",
            "Messages waiting in a consumer's queue, read from the broker."
        );
        Meter.CreateObservableGauge(
            "ita.queue.consumers",
            () => PerQueue(q => q.Consumers),
            "{consumer}",
            "Consumers the broker lists on a consumer's queue (every instance of the service)."
        );
        Meter.CreateObservableGauge(
            "ita.queue.error_messages",
            () => PerQueue(q => q.ErrorMessages),
            "{message}",
            "Messages in a consumer's error queue, waiting for an operator to replay or discard them."
        );
        Meter.CreateObservableGauge(
            "ita.queue.error_oldest_age",
            () =>
                PerQueue(q =>
                    q.OldestErrorAtUtc is { } at ? (long)Math.Max(0, (DateTime.UtcNow - at).TotalSeconds) : 0
                ),
            "s",
            "Age of the oldest message in a consumer's error queue."
        );
        Meter.CreateObservableGauge(
            "ita.outbox.backlog",
            () => Volatile.Read(ref MetricReadings.Outbox).Count,
            "{message}",
            "Outbox messages written and not yet published."
        );
        Meter.CreateObservableGauge(
            "ita.outbox.oldest_age",
            () =>
                Volatile.Read(ref MetricReadings.Outbox).OldestCreatedAtUtc is { } oldest
                    ? Math.Max(0, (DateTime.UtcNow - oldest).TotalSeconds)
                    : 0,
            "s",
            "Age of the oldest outbox message not yet published."
        );
        // A counter exists from the start at zero, so a dashboard or alert tells "none" from "not reported".
        InboxDuplicatesSkipped.Add(0);
    }

    /// <summary>What the outbox dispatcher last found waiting; the gauges read it when metrics are collected.</summary>
    public static void OutboxBacklog(long count, DateTime? oldestCreatedAtUtc)
    {
        Volatile.Write(ref MetricReadings.Outbox, new MetricReadings.Backlog(count, oldestCreatedAtUtc));
    }

    /// <summary>What the queue sampler last read for one queue.</summary>
    public static void QueueRead(string queue, Messaging.BrokerReading reading) =>
        MetricReadings.Queues[queue] = reading;

    private static IEnumerable<Measurement<long>> PerQueue(Func<Messaging.BrokerReading, long> value) =>
        MetricReadings.Queues.Select(q => new Measurement<long>(
            value(q.Value),
            new KeyValuePair<string, object?>("messaging.destination.name", q.Key)
        ));

    public static void DuplicateSkipped(string consumer, long count = 1)
    {
        if (count > 0)
            InboxDuplicatesSkipped.Add(count, new KeyValuePair<string, object?>("ita.consumer", consumer));
    }
}
