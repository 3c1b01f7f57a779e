using System.Diagnostics.Metrics;
using Ita.Micro.ServiceDefaults.Telemetry;

namespace Ita.Micro.Analysis.Telemetry;

/// <summary>The analysis service's instruments, on the project's meter (<see cref="ItaMetrics"/>).</summary>
public static class AnalysisMetrics
{
    public static readonly Counter<long> Analyses = ItaMetrics.Meter.CreateCounter<long>(
        "ita.analyses",
        "{analysis}",
        "Assessment revisions analysed and published."
    );

    public static readonly Histogram<double> Duration = ItaMetrics.Meter.CreateHistogram<double>(
        "ita.analysis.duration",
        "s",
        "Time to analyse and save one batch of recorded assessments."
    );

    public static readonly Histogram<long> BatchSize = ItaMetrics.Meter.CreateHistogram<long>(
        "ita.analysis.batch.size",
        "{message}",
        "AssessmentRecorded messages delivered in one batch."
    );

    public static void BatchAnalysed(int delivered, int analysed, TimeSpan elapsed)
    {
        BatchSize.Record(delivered);
        Analyses.Add(analysed);
        Duration.Record(elapsed.TotalSeconds);
    }
}
