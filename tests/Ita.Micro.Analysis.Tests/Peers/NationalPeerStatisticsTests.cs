using System.Diagnostics;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts.CodeBooks;
using Xunit.Abstractions;

namespace Ita.Micro.Analysis.Tests.Peers;

public sealed class NationalPeerStatisticsTests(ITestOutputHelper output) : IDisposable
{
    private readonly PeerTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Peers_of_a_generated_national_data_set_equal_a_brute_force_recomputation()
    {
        var organisations = NationalDataSet.Generate();
        Assert.Equal(7_852, organisations.Count);

        // The "peer statistics refresh time": every organisation of the year updated as the consumer does, one save each.
        var clock = Stopwatch.StartNew();
        foreach (var organisation in organisations)
            await PeerFeed.ApplyAsync(_database, organisation);
        clock.Stop();
        output.WriteLine(
            $"Updated {organisations.Count} organisations in {clock.Elapsed.TotalSeconds:F2} s "
                + $"({clock.Elapsed.TotalMilliseconds / organisations.Count:F3} ms each)"
        );

        // A tenth are reanalysed, some moving province or type; some of those see their older revision replayed after.
        var random = new Random(7);
        var latest = organisations.ToDictionary(o => o.Code);
        var revised = organisations.Where((_, i) => i % 10 == 3).ToList();
        clock.Restart();
        foreach (var organisation in revised)
        {
            var next = NationalDataSet.Revise(random, organisation);
            await PeerFeed.ApplyAsync(_database, next);
            latest[next.Code] = next;
            if (random.Next(5) == 0)
                await PeerFeed.ApplyAsync(_database, organisation);
        }
        output.WriteLine($"Reanalysed {revised.Count} organisations in {clock.Elapsed.TotalSeconds:F2} s");

        var final = latest.Values.ToList();
        await PeerAssert.AggregatesMatchAsync(_database, final);

        clock.Restart();
        var sample = final.Where((_, i) => i % 157 == 0).Concat(revised.Take(10).Select(o => latest[o.Code])).ToList();
        foreach (var organisation in sample)
            await PeerAssert.ComparisonMatchesAsync(_database, organisation, final);
        output.WriteLine(
            $"Compared {sample.Count} organisations with brute force in {clock.Elapsed.TotalSeconds:F2} s"
        );

        await using var db = _database.Open();
        clock.Restart();
        var statistics = await PeerQueries.StatisticsAsync(db, 2568, new CodeBookStore(), CancellationToken.None);
        output.WriteLine($"Year statistics read in {clock.Elapsed.TotalMilliseconds:F1} ms");
        Assert.NotNull(statistics);
        Assert.Equal(7_852, statistics.Count);
        Assert.Equal(7_852, statistics.National[0].Histogram.Sum());
        Assert.Equal(final.Select(o => o.Province).Distinct().Count(), statistics.Provinces.Count);
        Assert.Equal(7_852, statistics.Provinces.Sum(p => p.Count));
        Assert.Equal(7_852, statistics.Types.Sum(t => t.Count));
        clock.Restart();
        await PeerQueries.CompareAsync(db, final[^1].Code, 2568, CancellationToken.None);
        output.WriteLine($"One organisation's peers read in {clock.Elapsed.TotalMilliseconds:F1} ms");
    }
}
