namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/plans/oversight: the plans of a plan year in a province (or the nation).</summary>
public sealed record Oversight(
    int PlanFiscalYear,
    string? Province,
    DateOnly AsOf,
    int Plans,
    IReadOnlyDictionary<string, int> PlansByStatus,
    int Measures,
    int OverdueMeasures,
    int OrganisationsWithOverdueMeasures,
    int UrgentFindings,
    int UrgentFindingsWithMeasure,
    decimal? UrgentFindingsWithMeasureShare,
    OversightDeadline SixMonthReport,
    OversightDeadline TwelveMonthReport,
    OversightEffectiveness Effectiveness
)
{
    public int InStatus(string status) => PlansByStatus.GetValueOrDefault(status);
}
