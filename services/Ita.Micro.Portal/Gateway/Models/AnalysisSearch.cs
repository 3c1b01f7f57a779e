namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>POST /api/analyses/search: the analyses list's filters with a long list of organisation codes (only those, or all but those).</summary>
public sealed record AnalysisSearch(
    string? Province,
    string? District,
    string? Type,
    int Year,
    string? Rating,
    decimal? MinTotal,
    decimal? MaxTotal,
    IReadOnlyList<string> OrganisationCodes,
    bool ExcludeCodes,
    string? Sort,
    bool Descending,
    int Page,
    int PageSize
);
