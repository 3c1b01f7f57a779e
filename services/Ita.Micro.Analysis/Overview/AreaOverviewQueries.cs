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
/// means from the running part aggregates: no stored analysis is read and nothing is summed per organisation, so the
/// nation's page costs a few small queries rather than hundreds of megabytes of JSON or 400,000 part scores.
/// </summary>
public static class AreaOverviewQueries
{
    public const int WeakestItemCount = 10;

    /// <param name="province">A bare province name; null for the nation.</param>
    /// <returns>Null when nothing of the year is analysed in the area.</returns>
    public static async Task<AreaOverview?> ReadAsync(
        AnalysisDbContext db,
        int fiscalYear,
        string? province,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var groups = await InArea(AnalysesApi.LatestRevisions(db).Where(a => a.FiscalYear == fiscalYear), province)
            .GroupBy(a => new { a.Rating, a.Passed })
            .Select(g => new
            {
                g.Key.Rating,
                g.Key.Passed,
                Count = g.Count(),
            })
            .ToListAsync(cancellationToken);
        var count = groups.Sum(g => g.Count);
        if (count == 0)
            return null;

        var scope = province is null ? PeerScope.National : PeerScope.Province;
        var key = province ?? "";
        var aggregates = await db
            .PeerAggregates.AsNoTracking()
            .Where(a =>
                (a.FiscalYear == fiscalYear || a.FiscalYear == fiscalYear - 1)
                && a.Count > 0
                && (a.Scope == PeerScope.National || (a.Scope == scope && a.ScopeKey == key))
            )
            .ToListAsync(cancellationToken);
        PeerAggregate? Aggregate(int year, string inScope, int measure) =>
            aggregates.FirstOrDefault(a => a.FiscalYear == year && a.Scope == inScope && a.Measure == measure);

        var tools = await ToolMeansAsync(db, fiscalYear, province, cancellationToken);
        var book = books.Find(fiscalYear);
        var indicators = aggregates
            .Where(a => a.FiscalYear == fiscalYear && a.Scope == scope && a.Measure > 0)
            .OrderBy(a => a.Measure)
            .Select(a => new OverviewIndicator(
                a.Measure,
                book?.Indicator(a.Measure)?.Name ?? "",
                a.Count,
                a.Mean,
                Aggregate(fiscalYear, PeerScope.National, a.Measure)?.Mean
            ))
            .ToList();
        var items = await Sums(db, fiscalYear, PeerPartScore.Item, scope, key).ToListAsync(cancellationToken);
        var weakestItems = items
            .Select(i => new OverviewItem(
                i.Code,
                book?.Items.FirstOrDefault(b => b.Code == i.Code)?.Label ?? i.Code,
                i.Indicator,
                i.Count,
                Mean(i.Sum, i.Count)
            ))
            .OrderBy(i => i.Mean)
            .ThenBy(i => i.Code, StringComparer.Ordinal)
            .Take(WeakestItemCount)
            .ToList();

        var passed = groups.Where(g => g.Passed).Sum(g => g.Count);
        return new AreaOverview(
            fiscalYear,
            province,
            count,
            passed,
            Share(passed, count),
            Aggregate(fiscalYear, scope, 0)?.Mean,
            Aggregate(fiscalYear, PeerScope.National, 0)?.Mean,
            PeerQueries.OrderRatings(book, groups.GroupBy(g => g.Rating).Select(g => (g.Key, g.Sum(r => r.Count)))),
            tools,
            indicators,
            weakestItems,
            await MovementAsync(db, fiscalYear, province, Aggregate(fiscalYear - 1, scope, 0)?.Mean, cancellationToken)
        );
    }

    /// <summary>The area's and the nation's mean of each tool.</summary>
    private static async Task<List<OverviewTool>> ToolMeansAsync(
        AnalysisDbContext db,
        int fiscalYear,
        string? province,
        CancellationToken cancellationToken
    )
    {
        var national = await Sums(db, fiscalYear, PeerPartScore.Tool, PeerScope.National, "")
            .ToListAsync(cancellationToken);
        var area = province is null
            ? national
            : await Sums(db, fiscalYear, PeerPartScore.Tool, PeerScope.Province, province)
                .ToListAsync(cancellationToken);
        return area.OrderBy(t => t.Code, StringComparer.Ordinal)
            .Select(t => new OverviewTool(
                t.Code,
                t.Count,
                Mean(t.Sum, t.Count),
                national.FirstOrDefault(n => n.Code == t.Code) is { } n ? Mean(n.Sum, n.Count) : null
            ))
            .ToList();
    }

    /// <summary>Count and sum of each part of one kind in the area, as the running aggregates keep them.</summary>
    private static IQueryable<PartSum> Sums(
        AnalysisDbContext db,
        int fiscalYear,
        string kind,
        string scope,
        string key
    ) =>
        db
            .PeerPartAggregates.AsNoTracking()
            .Where(a =>
                a.FiscalYear == fiscalYear && a.Kind == kind && a.Scope == scope && a.ScopeKey == key && a.Count > 0
            )
            .Select(a => new PartSum(a.Code, a.Indicator, a.Count, a.Sum));

    private sealed record PartSum(string Code, int Indicator, int Count, long Sum);

    private static decimal Mean(long hundredths, int count) => Round(hundredths / 100m / count);

    private static async Task<OverviewMovement?> MovementAsync(
        AnalysisDbContext db,
        int fiscalYear,
        string? province,
        decimal? previousMean,
        CancellationToken cancellationToken
    )
    {
        var previous = await InArea(
                AnalysesApi.LatestRevisions(db).Where(a => a.FiscalYear == fiscalYear - 1),
                province
            )
            .GroupBy(a => a.Passed)
            .Select(g => new { Passed = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var previousCount = previous.Sum(p => p.Count);
        if (previousCount == 0)
            return null;
        var previousPassed = previous.Where(p => p.Passed).Sum(p => p.Count);

        // The area is where the organisation is now: one that moved province is compared in its new one.
        var now = InArea(
            db.PeerScores.AsNoTracking().Where(s => s.FiscalYear == fiscalYear && s.Total != null),
            province
        );
        var pairs = await now.Join(
                db.PeerScores.AsNoTracking().Where(s => s.FiscalYear == fiscalYear - 1 && s.Total != null),
                s => s.OrganisationCode,
                s => s.OrganisationCode,
                (current, before) => new { Now = current.Total!.Value, Before = before.Total!.Value }
            )
            .ToListAsync(cancellationToken);
        return new OverviewMovement(
            fiscalYear - 1,
            previousCount,
            previousPassed,
            Share(previousPassed, previousCount),
            previousMean,
            pairs.Count,
            pairs.Count(p => p.Now > p.Before),
            pairs.Count(p => p.Now < p.Before),
            pairs.Count(p => p.Now == p.Before)
        );
    }

    private static IQueryable<AnalysisRecord> InArea(IQueryable<AnalysisRecord> query, string? province) =>
        province is null ? query : query.Where(a => a.Province == province);

    private static IQueryable<PeerScore> InArea(IQueryable<PeerScore> query, string? province) =>
        province is null ? query : query.Where(s => s.Province == province);

    private static decimal? Share(int part, int whole) =>
        whole == 0 ? null : Math.Round((decimal)part / whole, 4, MidpointRounding.AwayFromZero);

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
