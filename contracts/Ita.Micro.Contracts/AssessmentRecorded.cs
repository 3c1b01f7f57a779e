namespace Ita.Micro.Contracts;

/// <summary>
/// Score ingestion stored a new revision of one organisation's assessment for one fiscal year.
/// Business key: (Organisation.Code, FiscalYear, Revision).
/// </summary>
public sealed record AssessmentRecorded
{
    public required Guid AssessmentId { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int FiscalYear { get; init; }

    /// <summary>1 for the first import of this organisation-year; +1 each time its scores change.</summary>
    public required int Revision { get; init; }
    public required AssessmentScores Scores { get; init; }
    public string? PublishedRating { get; init; }

    /// <summary>The previous fiscal year's total, when score ingestion holds it, for the year-over-year change.</summary>
    public decimal? PreviousYearTotal { get; init; }
    public required Guid ImportId { get; init; }
    public required DateTime RecordedAtUtc { get; init; }
}
