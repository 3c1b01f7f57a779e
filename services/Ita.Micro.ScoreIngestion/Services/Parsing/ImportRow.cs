using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// One organisation-year read from a score file, in canonical form whatever the file's format. It holds what the
/// file gave and nothing more: missing scores are not computed here.
/// </summary>
public sealed record ImportRow
{
    /// <summary>1-based data row number (header excluded); for JSON the index in "assessments" plus one.</summary>
    public required int Row { get; init; }
    public required string OrganisationCode { get; init; }

    /// <summary>Fiscal year in the Buddhist Era, e.g. 2568.</summary>
    public required int FiscalYear { get; init; }
    public required AssessmentScores Scores { get; init; }

    /// <summary>The rating label as published (AA…F or ผ่าน…), kept as text.</summary>
    public string? PublishedRating { get; init; }

    /// <summary>Only a JSON file can carry the organisation's details; CSV and XLSX rows carry the code only.</summary>
    public OrganisationInfo? Organisation { get; init; }
}
