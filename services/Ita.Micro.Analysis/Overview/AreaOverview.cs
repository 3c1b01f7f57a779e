using Ita.Micro.Analysis.Peers;

namespace Ita.Micro.Analysis.Overview;

/// <summary>
/// A province's (or, <see cref="Province"/> null, the nation's) results of one fiscal year, as the dashboards show
/// them: the latest analysed revision of each organisation, means against the nation, and the change from last year.
/// </summary>
/// <param name="Count">Organisations analysed in the area and year.</param>
/// <param name="PassRate">Passed / Count, to four decimals (0.8125 is 81.25 %).</param>
/// <param name="MeanTotal">The area's mean total, as GET /api/statistics/{year} gives it for the province (or nation).</param>
/// <param name="Ratings">Organisations by official rating in the order of the year's scheme, the undetermined as their own group.</param>
/// <param name="WeakestItems">The items with the lowest mean in the area, lowest first (at most ten).</param>
/// <param name="Movement">Against the previous fiscal year; null when nothing of it is analysed in the area.</param>
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
