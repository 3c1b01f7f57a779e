namespace Ita.Micro.Contracts;

/// <summary>
/// An approved improvement plan was published: the organisation announces its measures (ประกาศ).
/// Business key: (PlanId, PlanVersion).
/// </summary>
public sealed record ImprovementPlanPublished
{
    public required Guid PlanId { get; init; }
    public required int PlanVersion { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int AssessedFiscalYear { get; init; }
    public required int PlanFiscalYear { get; init; }

    /// <summary>Who signs the announcement: the approver.</summary>
    public required Signatory Signatory { get; init; }
    public required IReadOnlyList<PlannedMeasure> Measures { get; init; }

    /// <summary>The date printed as "ประกาศ ณ วันที่ …".</summary>
    public required DateOnly AnnouncedOn { get; init; }
    public required string PublishedBy { get; init; }
    public required DateTime PublishedAtUtc { get; init; }
}
