using Ita.Micro.Analysis.Peers;

namespace Ita.Micro.Analysis.Tests.Peers;

/// <summary>The peer statistics recomputed from scratch from the latest organisations, to check the incremental ones.</summary>
public static class PeerBruteForce
{
    /// <summary>Every non-empty aggregate as (scope, key, measure) → (count, sum in hundredths, histogram).</summary>
    public static Dictionary<(string, string, int), (int Count, long Sum, int[] Histogram)> Aggregates(
        IReadOnlyCollection<PeerOrganisation> latest
    )
    {
        var result = new Dictionary<(string, string, int), (int Count, long Sum, int[] Histogram)>();
        foreach (var organisation in latest)
        foreach (
            var scope in new[]
            {
                (PeerScope.National, ""),
                (PeerScope.Province, organisation.Province),
                (PeerScope.Type, organisation.Type),
            }
        )
            for (var measure = 0; measure < PeerScore.Measures; measure++)
            {
                if (organisation.Measure(measure) is not { } score)
                    continue;
                var h = PeerScore.ToHundredths(score);
                var key = (scope.Item1, scope.Item2, measure);
                var (count, sum, histogram) = result.GetValueOrDefault(key, (0, 0L, new int[PeerAggregate.Buckets]));
                histogram[PeerAggregate.BucketOf(h)]++;
                result[key] = (count + 1, sum + h, histogram);
            }
        return result;
    }

    /// <summary>Rank (1 + how many score higher) and percentile (share at or below) of one organisation in a group.</summary>
    public static (int Rank, int Count, decimal Percentile)? Standing(
        PeerOrganisation organisation,
        IEnumerable<PeerOrganisation> group,
        int measure
    )
    {
        if (organisation.Measure(measure) is not { } own)
            return null;
        var scores = group.Select(o => o.Measure(measure)).OfType<decimal>().ToList();
        var higher = scores.Count(s => s > own);
        var atOrBelow = scores.Count(s => s <= own);
        return (
            higher + 1,
            scores.Count,
            Math.Round(100m * atOrBelow / scores.Count, 2, MidpointRounding.AwayFromZero)
        );
    }

    public static decimal? Mean(IEnumerable<PeerOrganisation> group, int measure)
    {
        var scores = group.Select(o => o.Measure(measure)).OfType<decimal>().ToList();
        return scores.Count == 0 ? null : Math.Round(scores.Sum() / scores.Count, 2, MidpointRounding.AwayFromZero);
    }
}
