namespace Ita.Micro.Analysis.Apis;

/// <summary>
/// A search of the latest analyses (POST /api/analyses/search; GET /api/analyses takes the same as its query). The
/// body form exists for long lists of organisation codes, such as "every organisation whose plan is overdue".
/// </summary>
public sealed record AnalysisQuery
{
    public string? Province { get; init; }

    /// <summary>The อำเภอ as the registry names it; meant with a province, as district names repeat between provinces.</summary>
    public string? District { get; init; }
    public string? Type { get; init; }
    public int? Year { get; init; }

    /// <summary>An official rating's label, or "undetermined".</summary>
    public string? Rating { get; init; }
    public decimal? MinTotal { get; init; }
    public decimal? MaxTotal { get; init; }

    /// <summary>Only these organisations, or (<see cref="ExcludeCodes"/>) all but these.</summary>
    public IReadOnlyList<string>? OrganisationCodes { get; init; }
    public bool ExcludeCodes { get; init; }

    /// <summary>One of <see cref="AnalysesApi.SortKeys"/>.</summary>
    public string? Sort { get; init; }
    public bool Descending { get; init; }
    public int? Page { get; init; }
    public int? PageSize { get; init; }
}
