using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.Contracts.Text;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// Reads of the peer statistics. Averages and distributions come from the aggregates as they stand; ranks are counted
/// at read time, one query per scope over that scope's rows, because a rank cannot be kept incrementally without
/// touching every organisation below it.
/// </summary>
public static class PeerQueries
{
    /// <summary>The organisation's latest analysed revision against its peers; null when the year is not analysed.</summary>
    public static async Task<PeerComparison?> CompareAsync(
        AnalysisDbContext db,
        string organisationCode,
        int fiscalYear,
        CancellationToken cancellationToken
    )
    {
        var score = await db
            .PeerScores.AsNoTracking()
            .SingleOrDefaultAsync(
                s => s.FiscalYear == fiscalYear && s.OrganisationCode == organisationCode,
                cancellationToken
            );
        if (score is null)
            return null;

        var aggregates = await db
            .PeerAggregates.AsNoTracking()
            .Where(a =>
                a.FiscalYear == fiscalYear
                && (
                    a.Scope == PeerScope.National
                    || (a.Scope == PeerScope.Province && a.ScopeKey == score.Province)
                    || (a.Scope == PeerScope.Type && a.ScopeKey == score.OrganisationType)
                )
            )
            .ToDictionaryAsync(a => (a.Scope, a.Measure), cancellationToken);
        var year = db.PeerScores.AsNoTracking().Where(s => s.FiscalYear == fiscalYear);
        var national = await HigherCountsAsync(year, score, cancellationToken);
        var province = await HigherCountsAsync(year.Where(s => s.Province == score.Province), score, cancellationToken);
        var type = await HigherCountsAsync(
            year.Where(s => s.OrganisationType == score.OrganisationType),
            score,
            cancellationToken
        );

        var measures = new List<PeerMeasure>(PeerScore.Measures);
        for (var measure = 0; measure < PeerScore.Measures; measure++)
        {
            var own = score.Get(measure);
            var nationalAggregate = aggregates.GetValueOrDefault((PeerScope.National, measure));
            var provinceAggregate = aggregates.GetValueOrDefault((PeerScope.Province, measure));
            var typeAggregate = aggregates.GetValueOrDefault((PeerScope.Type, measure));
            measures.Add(
                new PeerMeasure(
                    measure,
                    own is { } h ? PeerScore.FromHundredths(h) : null,
                    Standing(own, national[measure], nationalAggregate),
                    Standing(own, province[measure], provinceAggregate),
                    Standing(own, type[measure], typeAggregate),
                    nationalAggregate?.Mean,
                    provinceAggregate?.Mean,
                    typeAggregate?.Mean
                )
            );
        }
        return new PeerComparison(
            score.OrganisationCode,
            score.FiscalYear,
            score.Revision,
            score.Province,
            score.OrganisationType,
            measures
        );
    }

    /// <summary>National distributions and per-province and per-type means; null when nothing of the year is analysed.</summary>
    public static async Task<YearStatistics?> StatisticsAsync(
        AnalysisDbContext db,
        int fiscalYear,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var aggregates = await db
            .PeerAggregates.AsNoTracking()
            .Where(a => a.FiscalYear == fiscalYear)
            .ToListAsync(cancellationToken);
        if (aggregates.Count == 0)
            return null;

        // An indicator whose only scorers were rescored without it keeps a row at zero; it is not listed.
        var national = aggregates
            .Where(a => a.Scope == PeerScope.National && a.Count > 0)
            .OrderBy(a => a.Measure)
            .Select(a => new MeasureDistribution(a.Measure, a.Count, a.Mean, a.Histogram))
            .ToList();
        return new YearStatistics(
            fiscalYear,
            national.FirstOrDefault(d => d.Measure == 0)?.Count ?? 0,
            national,
            Groups(aggregates, PeerScope.Province),
            Groups(aggregates, PeerScope.Type),
            await RatingsAsync(db, fiscalYear, books.Find(fiscalYear), cancellationToken)
        );
    }

    /// <summary>The year's latest analyses counted by official rating, in the order of the year's scheme.</summary>
    private static async Task<List<RatingCount>> RatingsAsync(
        AnalysisDbContext db,
        int fiscalYear,
        CodeBook? book,
        CancellationToken cancellationToken
    )
    {
        var counts = await db
            .Analyses.Where(a =>
                a.FiscalYear == fiscalYear
                && !db.Analyses.Any(b =>
                    b.OrganisationCode == a.OrganisationCode && b.FiscalYear == a.FiscalYear && b.Revision > a.Revision
                )
            )
            .GroupBy(a => a.Rating)
            .Select(g => new { Rating = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        return OrderRatings(book, counts.Select(c => (c.Rating, c.Count)));
    }

    /// <summary>Counts by official rating in the order of the year's scheme (best first), the undetermined (null) last.</summary>
    public static List<RatingCount> OrderRatings(CodeBook? book, IEnumerable<(string? Rating, int Count)> counts)
    {
        var order = book?.Rating.Bands.Select(b => b.Label).ToList() ?? [];
        return
        [
            .. counts
                .OrderBy(c =>
                    c.Rating is null ? int.MaxValue
                    : order.IndexOf(c.Rating) is var i and >= 0 ? i
                    : order.Count
                )
                .ThenBy(c => c.Rating, StringComparer.Ordinal)
                .Select(c => new RatingCount(c.Rating, c.Rating is null, c.Count)),
        ];
    }

    private static List<GroupStatistics> Groups(List<PeerAggregate> aggregates, string scope) =>
        aggregates
            .Where(a => a.Scope == scope)
            .GroupBy(a => a.ScopeKey)
            .OrderBy(g => g.Key, ThaiText.Collation)
            .Select(g => new GroupStatistics(
                g.Key,
                g.FirstOrDefault(a => a.Measure == 0)?.Count ?? 0,
                g.OrderBy(a => a.Measure).Select(a => new MeasureMean(a.Measure, a.Count, a.Mean)).ToList()
            ))
            // A group every member has left (all moved province or type) keeps its rows at zero; it is not listed.
            .Where(g => g.Means.Any(m => m.Count > 0))
            .ToList();

    /// <summary>
    /// The standing from the number scoring higher: everyone else with a score in the aggregate scores at or below.
    /// </summary>
    private static PeerStanding? Standing(int? own, int higher, PeerAggregate? aggregate)
    {
        if (own is null || aggregate is null || aggregate.Count == 0)
            return null;
        var atOrBelow = aggregate.Count - higher;
        return new PeerStanding(
            higher + 1,
            aggregate.Count,
            Math.Round(100m * atOrBelow / aggregate.Count, 2, MidpointRounding.AwayFromZero)
        );
    }

    /// <summary>Per measure, how many in the scope score higher than the organisation, in one query.</summary>
    private static async Task<int[]> HigherCountsAsync(
        IQueryable<PeerScore> scope,
        PeerScore score,
        CancellationToken cancellationToken
    )
    {
        // A measure the organisation has no score for is compared with a score nobody exceeds; its count is unused.
        var v = Enumerable.Range(0, PeerScore.Measures).Select(m => score.Get(m) ?? int.MaxValue).ToArray();
        int t = v[0],
            i1 = v[1],
            i2 = v[2],
            i3 = v[3],
            i4 = v[4],
            i5 = v[5],
            i6 = v[6],
            i7 = v[7],
            i8 = v[8],
            i9 = v[9],
            i10 = v[10];
        var counts = await scope
            .GroupBy(_ => 1)
            .Select(g =>
                new[]
                {
                    g.Count(s => s.Total > t),
                    g.Count(s => s.Indicator1 > i1),
                    g.Count(s => s.Indicator2 > i2),
                    g.Count(s => s.Indicator3 > i3),
                    g.Count(s => s.Indicator4 > i4),
                    g.Count(s => s.Indicator5 > i5),
                    g.Count(s => s.Indicator6 > i6),
                    g.Count(s => s.Indicator7 > i7),
                    g.Count(s => s.Indicator8 > i8),
                    g.Count(s => s.Indicator9 > i9),
                    g.Count(s => s.Indicator10 > i10),
                }
            )
            .SingleOrDefaultAsync(cancellationToken);
        return counts ?? new int[PeerScore.Measures];
    }
}
