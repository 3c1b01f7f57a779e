using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A province's (or the nation's, Province null) plans of one fiscal year, as of a date.</summary>
public sealed record OversightResponse(
    int PlanFiscalYear,
    string? Province,
    DateOnly AsOf,
    int Plans,
    IReadOnlyDictionary<PlanStatus, int> PlansByStatus,
    int Measures,
    int OverdueMeasures,
    int OrganisationsWithOverdueMeasures,
    int UrgentFindings,
    int UrgentFindingsWithMeasure,
    decimal? UrgentFindingsWithMeasureShare,
    ReportDeadline SixMonthReport,
    ReportDeadline TwelveMonthReport,
    OversightEffectiveness Effectiveness
);
