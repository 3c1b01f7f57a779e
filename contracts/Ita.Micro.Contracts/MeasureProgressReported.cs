namespace Ita.Micro.Contracts;

/// <summary>An officer reported progress on a measure of a plan.</summary>
public sealed record MeasureProgressReported
{
    public required Guid PlanId { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int PlanFiscalYear { get; init; }
    public required PlannedMeasure Measure { get; init; }
    public required MeasureProgress Progress { get; init; }
    public required DateTime ReportedAtUtc { get; init; }
}
