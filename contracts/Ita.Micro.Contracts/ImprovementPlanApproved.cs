namespace Ita.Micro.Contracts;

/// <summary>A named approver (ปลัด/นายก) approved an organisation's improvement plan. Business key: (PlanId, PlanVersion).</summary>
public sealed record ImprovementPlanApproved
{
    public required Guid PlanId { get; init; }

    /// <summary>The plan's concurrency version at approval.</summary>
    public required int PlanVersion { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int AssessedFiscalYear { get; init; }
    public required int PlanFiscalYear { get; init; }
    public required Signatory Approver { get; init; }
    public required IReadOnlyList<PlannedMeasure> Measures { get; init; }
    public required DateTime ApprovedAtUtc { get; init; }

    /// <summary>
    /// The date the approver signed (Thailand's calendar), as entered: it may lie before <see cref="ApprovedAtUtc"/>, the
    /// moment it was recorded. Null in messages sent before it was carried: the Thai date of ApprovedAtUtc then.
    /// </summary>
    public DateOnly? ApprovedOn { get; init; }
}
