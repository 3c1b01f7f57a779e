namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>The part of GET /api/statistics/{year} the portal reads: which provinces, types and ratings the year has.</summary>
public sealed record YearStatistics(
    int FiscalYear,
    int Count,
    IReadOnlyList<GroupStatistics> Provinces,
    IReadOnlyList<GroupStatistics> Types,
    IReadOnlyList<RatingCount> Ratings
);
