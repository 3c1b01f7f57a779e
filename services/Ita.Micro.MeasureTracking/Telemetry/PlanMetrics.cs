using System.Diagnostics.Metrics;
using Ita.Micro.ServiceDefaults.Telemetry;

namespace Ita.Micro.MeasureTracking.Telemetry;

/// <summary>Measure tracking's instruments, on the project's meter (<see cref="ItaMetrics"/>).</summary>
public static class PlanMetrics
{
    /// <summary>Tagged with whether the draft is new or refreshed from a newer analysis revision.</summary>
    public static readonly Counter<long> Drafted = ItaMetrics.Meter.CreateCounter<long>(
        "ita.plans.drafted",
        "{plan}",
        "Improvement plans drafted (new, or refreshed from a newer analysis)."
    );

    public static void PlanDrafted(bool refreshed) =>
        Drafted.Add(1, new KeyValuePair<string, object?>("ita.plan.draft", refreshed ? "refreshed" : "new"));
}
