using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>The measures of a plan as a report freezes them: each with its latest update and all its evidence up to the report's date.</summary>
public static class ReportSnapshot
{
    public static List<ProgressReportEntry> Entries(ImprovementPlan plan, DateOnly asOf) =>
        plan
            .Measures.OrderBy(m => m.Order)
            .Select(m => new ProgressReportEntry
            {
                Measure = PlannedMeasures.From(m),
                Progress = PlannedMeasures.Latest(m.Progress, asOf) is { } latest ? PlannedMeasures.From(latest) : null,
                Evidence = Evidence(m.Progress, asOf),
            })
            .ToList();

    /// <summary>Every link of every update up to the date, earliest update first, each address once.</summary>
    public static List<EvidenceLink> Evidence(IEnumerable<ProgressUpdate> updates, DateOnly asOf) =>
        updates
            .Where(p => p.ReportedOn <= asOf)
            .OrderBy(p => p.ReportedOn)
            .ThenBy(p => p.RecordedAtUtc)
            .SelectMany(p => p.Evidence)
            .DistinctBy(link => link.Url, StringComparer.Ordinal)
            .ToList();
}
