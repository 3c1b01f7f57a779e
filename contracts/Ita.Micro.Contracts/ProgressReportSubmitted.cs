namespace Ita.Micro.Contracts;

/// <summary>
/// An organisation submitted its 6- or 12-month report on its plan: a frozen snapshot that later edits never change.
/// Business key: (PlanId, Period).
/// </summary>
public sealed record ProgressReportSubmitted
{
    public required Guid ReportId { get; init; }
    public required Guid PlanId { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int AssessedFiscalYear { get; init; }
    public required int PlanFiscalYear { get; init; }
    public required ReportPeriod Period { get; init; }
    /// <summary>The last day the report covers: 31 March or 30 September (Gregorian dates).</summary>
    public required DateOnly AsOf { get; init; }
    public required IReadOnlyList<ProgressReportEntry> Entries { get; init; }
    /// <summary>The memo's chain of comment-and-signature blocks, first (the officer who prepared it) to last (นายก).</summary>
    public required IReadOnlyList<Signatory> Signatories { get; init; }
    public required string SubmittedBy { get; init; }
    public required DateTime SubmittedAtUtc { get; init; }
}
