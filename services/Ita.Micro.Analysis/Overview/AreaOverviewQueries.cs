using System.Text.Json;
using Ita.Micro.Analysis.Apis;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts.CodeBooks;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Overview;

/// <summary>
/// Reads a province's or the nation's overview. Counts and ratings come from the latest analysed revisions, means of
/// the total and the indicators from the peer aggregates (so they equal GET /api/statistics/{year}), tool and item
/// means from the area's stored analyses.
/// </summary>
public static class AreaOverviewQueries
{
    public const int WeakestItemCount = 10;

    /// <param name="province">A bare province name; null for the nation.</param>
    /// <returns>Null when nothing of the year is analysed in the area.</returns>
    public static async Task<AreaOverview?> ReadAsync(AnalysisDbContext db, int fiscalYear, string? province, CancellationToken cancellationToken)
    {
        var rows = await InArea(AnalysesApi.LatestRevisions(db).Where(a => a.FiscalYear == fiscalYear), province)
            .Select(a => new { a.Rating, a.Passed, a.ResultJson }).ToListAsync(cancellationToken);
        if (rows.Count == 0) return null;

        var scope = province is null ? PeerScope.National : PeerScope.Province;
        var key = province ?? "";
        var aggregates = await db.PeerAggregates.AsNoTracking()
            .Where(a => (a.FiscalYear == fiscalYear || a.FiscalYear == fiscalYear - 1) && a.Count > 0 &&
                        (a.Scope == PeerScope.National || (a.Scope == scope && a.ScopeKey == key)))
            .ToListAsync(cancellationToken);
        PeerAggregate? Aggregate(int year, string inScope, int measure) =>
            aggregates.FirstOrDefault(a => a.FiscalYear == year && a.Scope == inScope && a.Measure == measure);

        var scores = rows.Select(r => JsonSerializer.Deserialize<OverviewScores>(r.ResultJson, JsonSerializerOptions.Web)!).ToList();
        var tools = scores.SelectMany(s => s.Tools).GroupBy(t => t.Tool, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => (Tool: g.Key, Count: g.Count(), Mean: Round(g.Average(t => t.Score))))
            .Select(t => new OverviewTool(t.Tool, t.Count, t.Mean, province is null ? t.Mean : null))
            .ToList();
        var book = CodeBookLibrary.Find(fiscalYear);
        var indicators = aggregates.Where(a => a.FiscalYear == fiscalYear && a.Scope == scope && a.Measure > 0).OrderBy(a => a.Measure)
            .Select(a => new OverviewIndicator(a.Measure, book?.Indicator(a.Measure)?.Name ?? "", a.Count, a.Mean,
                Aggregate(fiscalYear, PeerScope.National, a.Measure)?.Mean))
            .ToList();
        var weakestItems = scores.SelectMany(s => s.Items).GroupBy(i => i.Code, StringComparer.Ordinal)
            .Select(g => new OverviewItem(g.Key, g.First().Label, g.First().Indicator, g.Count(), Round(g.Average(i => i.Score))))
            .OrderBy(i => i.Mean).ThenBy(i => i.Code, StringComparer.Ordinal)
            .Take(WeakestItemCount)
            .ToList();

        var passed = rows.Count(r => r.Passed);
        return new AreaOverview(
            fiscalYear, province, rows.Count, passed, Share(passed, rows.Count),
            Aggregate(fiscalYear, scope, 0)?.Mean, Aggregate(fiscalYear, PeerScope.National, 0)?.Mean,
            PeerQueries.OrderRatings(fiscalYear, rows.GroupBy(r => r.Rating).Select(g => (g.Key, g.Count()))),
            tools, indicators, weakestItems,
            await MovementAsync(db, fiscalYear, province, Aggregate(fiscalYear - 1, scope, 0)?.Mean, cancellationToken));
    }

    private static async Task<OverviewMovement?> MovementAsync(AnalysisDbContext db, int fiscalYear, string? province, decimal? previousMean,
        CancellationToken cancellationToken)
    {
        var previous = await InArea(AnalysesApi.LatestRevisions(db).Where(a => a.FiscalYear == fiscalYear - 1), province)
            .GroupBy(a => a.Passed).Select(g => new { Passed = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var previousCount = previous.Sum(p => p.Count);
        if (previousCount == 0) return null;
        var previousPassed = previous.Where(p => p.Passed).Sum(p => p.Count);

        // The area is where the organisation is now: one that moved province is compared in its new one.
        var now = InArea(db.PeerScores.AsNoTracking().Where(s => s.FiscalYear == fiscalYear && s.Total != null), province);
        var pairs = await now
            .Join(db.PeerScores.AsNoTracking().Where(s => s.FiscalYear == fiscalYear - 1 && s.Total != null),
                s => s.OrganisationCode, s => s.OrganisationCode, (current, before) => new { Now = current.Total!.Value, Before = before.Total!.Value })
            .ToListAsync(cancellationToken);
        return new OverviewMovement(fiscalYear - 1, previousCount, previousPassed, Share(previousPassed, previousCount), previousMean,
            pairs.Count, pairs.Count(p => p.Now > p.Before), pairs.Count(p => p.Now < p.Before), pairs.Count(p => p.Now == p.Before));
    }

    private static IQueryable<AnalysisRecord> InArea(IQueryable<AnalysisRecord> query, string? province) =>
        province is null ? query : query.Where(a => a.Province == province);

    private static IQueryable<PeerScore> InArea(IQueryable<PeerScore> query, string? province) =>
        province is null ? query : query.Where(s => s.Province == province);

    private static decimal? Share(int part, int whole) => whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
