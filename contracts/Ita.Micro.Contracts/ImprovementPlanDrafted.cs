using System.Text.Json.Serialization;

namespace Ita.Micro.Contracts;

/// <summary>
/// Measure tracking drafted (or re-drafted) the improvement plan that answers an analysis.
/// Business key: (Organisation.Code, PlanFiscalYear, AnalysisRevision). It carries the analysis it answers, so the
/// analysis document is made from this one message, whichever queue delivers its analysis first.
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

    /// <summary>
    /// The analysis the plan was drafted from (revision <see cref="AnalysisRevision"/>), in the form the analysis
    /// document prints (<see cref="AssessmentAnalysed.ForDocument"/>: without its items, changes and recommended
    /// measures). Null in plans drafted before it was carried; left out of the JSON when null, so a plan without it
    /// reads and hashes as it always did.
    /// </summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public AssessmentAnalysed? Analysis { get; init; }
}
