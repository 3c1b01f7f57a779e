namespace Ita.Micro.Contracts;

/// <summary>
/// Measure tracking drafted (or re-drafted) the improvement plan that answers an analysis.
/// Business key: (Organisation.Code, PlanFiscalYear, AnalysisRevision).
/// </summary>
public sealed record ImprovementPlanDrafted
{
    public required Guid PlanId { get; init; }
    public required OrganisationInfo Organisation { get; init; }

    /// <summary>The fiscal year whose ITA result the plan answers.</summary>
    public required int AssessedFiscalYear { get; init; }

    /// <summary>The fiscal year in which the measures are carried out: the assessed year + 1.</summary>
    public required int PlanFiscalYear { get; init; }
    public required Guid AnalysisId { get; init; }
    public required int AnalysisRevision { get; init; }
    public required IReadOnlyList<ProposedMeasure> Measures { get; init; }
    public required DateTime DraftedAtUtc { get; init; }
}
