using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Apis;

/// <summary>One organisation-year in a list of analyses: the latest revision's headline result.</summary>
public sealed record AnalysisSummary
{
    public required string OrganisationCode { get; init; }
    public required string OrganisationName { get; init; }
    public required string Province { get; init; }
    public string? District { get; init; }
    public required string OrganisationType { get; init; }
    public required int FiscalYear { get; init; }
    public required int Revision { get; init; }
    public required decimal Total { get; init; }

    /// <summary>The official rating ("ผ่านดี", "A", …); null when undetermined.</summary>
    public string? Rating { get; init; }
    public required RatingSource RatingSource { get; init; }

    /// <summary>The label published with the import, when one was.</summary>
    public string? PublishedRating { get; init; }

    /// <summary>The label the scores settle, when they do; differs from a published one only in a conflict.</summary>
    public string? ComputedRating { get; init; }
    public required bool Passed { get; init; }
}
