using Ita.Micro.Analysis.Peers;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests.Peers;

/// <summary>Checks of the stored peer statistics against a from-scratch recomputation of the same organisations.</summary>
public static class PeerAssert
{
    /// <summary>Every stored aggregate equals the recomputation; ones emptied by moves hold nothing at all.</summary>
    public static async Task AggregatesMatchAsync(
        PeerTestDatabase database,
        IReadOnlyCollection<PeerOrganisation> latest,
        int fiscalYear = 2568
    )
    {
        await using var db = database.Open();
        var stored = await db.PeerAggregates.Where(a => a.FiscalYear == fiscalYear).ToListAsync();
        var expected = PeerBruteForce.Aggregates(latest);

        foreach (var emptied in stored.Where(a => a.Count == 0))
            Assert.True(
                emptied.Sum == 0 && emptied.Histogram.All(b => b == 0),
                $"{emptied.Scope} {emptied.ScopeKey} {emptied.Measure} is not empty"
            );
        var nonEmpty = stored.Where(a => a.Count != 0).ToDictionary(a => (a.Scope, a.ScopeKey, a.Measure));
        Assert.Equal(expected.Keys.OrderBy(k => k), nonEmpty.Keys.OrderBy(k => k));
        foreach (var (key, (count, sum, histogram)) in expected)
        {
            var aggregate = nonEmpty[key];
            Assert.True(
                (count, sum) == (aggregate.Count, aggregate.Sum),
                $"{key}: expected ({count}, {sum}), stored ({aggregate.Count}, {aggregate.Sum})"
            );
            Assert.Equal(histogram, aggregate.Histogram);
        }
    }

    /// <summary>The organisation's comparison equals ranks, percentiles and averages counted from scratch.</summary>
    public static async Task ComparisonMatchesAsync(
        PeerTestDatabase database,
        PeerOrganisation organisation,
        IReadOnlyCollection<PeerOrganisation> latest,
        int fiscalYear = 2568
    )
    {
        await using var db = database.Open();
        var comparison = await PeerQueries.CompareAsync(db, organisation.Code, fiscalYear, CancellationToken.None);
        Assert.NotNull(comparison);
        Assert.Equal(
            (organisation.Revision, organisation.Province, organisation.Type),
            (comparison.Revision, comparison.Province, comparison.OrganisationType)
        );
        var province = latest.Where(o => o.Province == organisation.Province).ToList();
        var type = latest.Where(o => o.Type == organisation.Type).ToList();
        Assert.Equal(Enumerable.Range(0, PeerScore.Measures), comparison.Measures.Select(m => m.Measure));
        foreach (var measure in comparison.Measures)
        {
            var m = measure.Measure;
            Assert.Equal(organisation.Measure(m), measure.Score);
            Assert.Equal(PeerBruteForce.Standing(organisation, latest, m), Tuple(measure.National));
            Assert.Equal(PeerBruteForce.Standing(organisation, province, m), Tuple(measure.InProvince));
            Assert.Equal(PeerBruteForce.Standing(organisation, type, m), Tuple(measure.AmongType));
            Assert.Equal(PeerBruteForce.Mean(latest, m), measure.NationalAverage);
            Assert.Equal(PeerBruteForce.Mean(province, m), measure.ProvinceAverage);
            Assert.Equal(PeerBruteForce.Mean(type, m), measure.TypeAverage);
        }
    }

    private static (int, int, decimal)? Tuple(PeerStanding? standing) =>
        standing is null ? null : (standing.Rank, standing.Count, standing.Percentile);
}
