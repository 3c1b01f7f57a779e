using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// A plan's follow-up (การติดตามผล): its measures with their latest status, and, once the next year's analysis
/// arrived, whether what each targeted went up.
/// </summary>
public sealed record FollowUpResponse(
    Guid PlanId,
    string OrganisationCode,
    int AssessedFiscalYear,
    int PlanFiscalYear,
    PlanStatus Status,
    IReadOnlyList<MeasureResponse> Measures,
    IReadOnlyList<ReportResponse> Reports,
    EffectivenessResponse? Effectiveness
);
