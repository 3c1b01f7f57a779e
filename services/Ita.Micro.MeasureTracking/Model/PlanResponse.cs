namespace Ita.Micro.MeasureTracking.Model;

public sealed record PlanResponse(
    Guid Id, string OrganisationCode, string OrganisationName, string Province, int AssessedFiscalYear,
    int PlanFiscalYear, int AnalysisRevision, PlanStatus Status, DateTime DraftedAtUtc, IReadOnlyList<MeasureResponse> Measures)
{
    public static PlanResponse From(ImprovementPlan p) => new(p.Id, p.OrganisationCode, p.OrganisationName, p.Province,
        p.AssessedFiscalYear, p.PlanFiscalYear, p.AnalysisRevision, p.Status, p.DraftedAtUtc,
        p.Measures.OrderBy(m => m.Order).Select(MeasureResponse.From).ToList());
}
