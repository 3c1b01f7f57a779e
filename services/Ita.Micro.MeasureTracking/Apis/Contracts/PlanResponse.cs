using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record PlanResponse(
    Guid Id,
    string OrganisationCode,
    string OrganisationName,
    string OrganisationType,
    string Province,
    string? District,
    int AssessedFiscalYear,
    int PlanFiscalYear,
    DateOnly FiscalYearStart,
    DateOnly FiscalYearEnd,
    Guid AnalysisId,
    int AnalysisRevision,
    PlanStatus Status,
    int Version,
    DateTime DraftedAtUtc,
    Signatory? Approver,
    string? ApprovedBy,
    DateTime? ApprovedAtUtc,
    DateOnly? ApprovedOn,
    DateOnly? AnnouncedOn,
    string? PublishedBy,
    DateTime? PublishedAtUtc,
    string? ClosedBy,
    DateTime? ClosedAtUtc,
    IReadOnlyList<UrgentFinding> UrgentFindings,
    IReadOnlyList<MeasureResponse> Measures
)
{
    public static PlanResponse From(ImprovementPlan p, DateOnly today) =>
        new(
            p.Id,
            p.OrganisationCode,
            p.OrganisationName,
            p.OrganisationType,
            p.Province,
            p.District,
            p.AssessedFiscalYear,
            p.PlanFiscalYear,
            ThaiFiscalYear.Start(p.PlanFiscalYear),
            ThaiFiscalYear.End(p.PlanFiscalYear),
            p.AnalysisId,
            p.AnalysisRevision,
            p.Status,
            p.Version,
            p.DraftedAtUtc,
            PlannedMeasures.Approver(p),
            p.ApprovedBy,
            p.ApprovedAtUtc,
            SigningDate.ApprovedOn(p),
            p.AnnouncedOn,
            p.PublishedBy,
            p.PublishedAtUtc,
            p.ClosedBy,
            p.ClosedAtUtc,
            p.UrgentFindings,
            p.Measures.OrderBy(m => m.Order).Select(m => MeasureResponse.From(m, today)).ToList()
        );
}
