namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// How a plan's measures did, read from the next year's analysis of the organisation: one row per plan, replaced
/// by a newer revision of that analysis.
/// </summary>
public sealed class PlanFollowUp
{
    public Guid PlanId { get; set; }
    public int FollowUpFiscalYear { get; set; }
    public Guid AnalysisId { get; set; }
    public int AnalysisRevision { get; set; }
    public decimal Total { get; set; }
    public decimal? PreviousTotal { get; set; }
    public List<MeasureEffectiveness> Measures { get; set; } = [];
    public DateTime ComputedAtUtc { get; set; }
}
