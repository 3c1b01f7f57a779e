namespace Ita.Micro.Contracts;

/// <summary>One organisation-year in a score import.</summary>
public sealed record SubmittedAssessment
{
    /// <summary>The organisation; only its code is used, the registry holds the rest.</summary>
    public required OrganisationInfo Organisation { get; init; }

    /// <summary>Fiscal year in the Buddhist Era (ปีงบประมาณ พ.ศ.), e.g. 2568.</summary>
    public required int FiscalYear { get; init; }
    public required AssessmentScores Scores { get; init; }

    /// <summary>The rating label as published, kept beside the computed one.</summary>
    public string? PublishedRating { get; init; }
}
