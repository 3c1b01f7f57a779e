namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/statistics/{year}/overview: a province's (or, Province null, the nation's) results of a year.</summary>
public sealed record AreaOverview(
    int FiscalYear,
    string? Province,
    int Count,
    int Passed,
    decimal? PassRate,
    decimal? MeanTotal,
    decimal? NationalMeanTotal,
    IReadOnlyList<RatingCount> Ratings,
    IReadOnlyList<OverviewTool> Tools,
    IReadOnlyList<OverviewIndicator> Indicators,
    IReadOnlyList<OverviewItem> WeakestItems,
    OverviewMovement? Movement
);
