namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>
/// One revision of an organisation's scores for a fiscal year. Scores are kept as one JSON document per
/// organisation-year (not a row per item), so a national import writes ~8k rows, not ~600k.
/// </summary>
public sealed class Assessment
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public required string OrganisationType { get; set; }
    public required string Province { get; set; }
    public string? District { get; set; }
    public int FiscalYear { get; set; }
    public int Revision { get; set; }
    public decimal? Total { get; set; }
    public string? PublishedRating { get; set; }

    /// <summary><see cref="Ita.Micro.Contracts.AssessmentScores"/> as JSON.</summary>
    public required string ScoresJson { get; set; }

    /// <summary>SHA-256 of what was submitted: the same content imported again makes no new revision.</summary>
    public required string ContentHash { get; set; }
    public Guid ImportId { get; set; }
    public DateTime RecordedAtUtc { get; set; }
}
