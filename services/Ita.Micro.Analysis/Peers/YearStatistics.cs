namespace Ita.Micro.Analysis.Peers;

/// <summary>The response of GET /api/statistics/{year}: national and per-group aggregates of the latest revisions.</summary>
/// <param name="Count">Organisations analysed in the year.</param>
/// <param name="National">The total (measure 0) first, then indicators 1 to 10 that anyone scored.</param>
/// <param name="Ratings">Organisations by official rating, the undetermined as their own group.</param>
public sealed record YearStatistics(
    int FiscalYear,
    int Count,
    IReadOnlyList<MeasureDistribution> National,
    IReadOnlyList<GroupStatistics> Provinces,
    IReadOnlyList<GroupStatistics> Types,
    IReadOnlyList<RatingCount> Ratings
);
