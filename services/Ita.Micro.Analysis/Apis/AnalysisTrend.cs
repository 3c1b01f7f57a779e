namespace Ita.Micro.Analysis.Apis;

/// <summary>Every fiscal year held for an organisation, oldest first, latest revision of each.</summary>
public sealed record AnalysisTrend
{
    public required string OrganisationCode { get; init; }

    /// <summary>Name, province and type as of the latest year held.</summary>
    public required string OrganisationName { get; init; }
    public required string Province { get; init; }
    public required string OrganisationType { get; init; }
    public required IReadOnlyList<AnalysisTrendYear> Years { get; init; }

    /// <summary>The years whose rating differs from the previous held year's, for a reader who wants only those.</summary>
    public required IReadOnlyList<int> RatingChangedIn { get; init; }
}
