using System.Diagnostics;
using System.Diagnostics.Metrics;
using Ita.Micro.ServiceDefaults.Telemetry;

namespace Ita.Micro.ScoreIngestion.Telemetry;

/// <summary>Score ingestion's instruments, on the project's meter (<see cref="ItaMetrics"/>).</summary>
public static class ImportMetrics
{
    public static readonly Counter<long> RowsRead = ItaMetrics.Meter.CreateCounter<long>(
        "ita.import.rows.read",
        "{row}",
        "Rows read from imported score files."
    );

    public static readonly Counter<long> RowsRecorded = ItaMetrics.Meter.CreateCounter<long>(
        "ita.import.rows.recorded",
        "{row}",
        "Rows recorded as a new assessment revision."
    );

    public static readonly Counter<long> RowsRejected = ItaMetrics.Meter.CreateCounter<long>(
        "ita.import.rows.rejected",
        "{row}",
        "Rows rejected with an error."
    );

    public static readonly Histogram<double> Duration = ItaMetrics.Meter.CreateHistogram<double>(
        "ita.import.duration",
        "s",
        "Time to process one import, from the first row read to its outcome saved."
    );

    /// <summary>Counts one processed import, tagged with its format and outcome (Completed, Failed).</summary>
    public static void Processed(string format, string status, int read, int recorded, int rejected, TimeSpan elapsed)
    {
        var tags = new TagList { { "ita.import.format", format }, { "ita.import.status", status } };
        RowsRead.Add(read, tags);
        RowsRecorded.Add(recorded, tags);
        RowsRejected.Add(rejected, tags);
        Duration.Record(elapsed.TotalSeconds, tags);
    }
}
