namespace Ita.Micro.MeasureTracking.Model;

/// <summary>The improvement plan of one organisation for one fiscal year: the year after the assessed one.</summary>
public sealed class ImprovementPlan
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public required string Province { get; set; }
    public int AssessedFiscalYear { get; set; }
    public int PlanFiscalYear { get; set; }
    public Guid AnalysisId { get; set; }
    public int AnalysisRevision { get; set; }
    public PlanStatus Status { get; set; }
    public DateTime DraftedAtUtc { get; set; }
    public List<Measure> Measures { get; set; } = [];
}
