using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>What oversight counts of a set of plans of one fiscal year, as the database sums it.</summary>
public sealed record OversightCounts(
    IReadOnlyDictionary<PlanStatus, int> PlansByStatus,
    int Measures,
    int OverdueMeasures,
    int PlansWithOverdueMeasures,
    int UrgentFindings,
    int UrgentFindingsCovered,
    IReadOnlyDictionary<ReportPeriod, int> PlansWithReport
)
{
    /// <summary>The verdicts on the plans' measures from the next year's assessment; empty until it is analysed.</summary>
    public IReadOnlyList<EffectivenessVerdict> Verdicts { get; init; } = [];

    /// <summary>Plans with a follow-up (the next year analysed).</summary>
    public int PlansFollowedUp { get; init; }
}
