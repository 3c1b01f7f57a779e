using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts.CodeBooks;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests.Peers;

public sealed class PeerStatisticsUpdaterTests : IDisposable
{
    private const string Tak = "ตาก";
    private const string ChiangMai = "เชียงใหม่";
    private const string Tambon = "เทศบาลตำบล";
    private const string Aobt = "อบต.";

    private static readonly PeerOrganisation A = Organisation("A1", Tak, Tambon, 90.00m, 80m, 70m);
    private static readonly PeerOrganisation B = Organisation("B1", Tak, Aobt, 85.50m, 80m, 95m);
    private static readonly PeerOrganisation C = Organisation("C1", Tak, Aobt, 85.50m, 60m, null);
    private static readonly PeerOrganisation D = Organisation("D1", ChiangMai, Tambon, 95.25m, 100m, 50m);
    private static readonly PeerOrganisation E = Organisation("E1", ChiangMai, Aobt, 70.00m, 40m, 60m);
    private static readonly PeerOrganisation[] Set = [A, B, C, D, E];

    private readonly PeerTestDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Ranks_share_ties_and_percentiles_count_the_group_at_or_below()
    {
        foreach (var organisation in Set)
            await PeerFeed.ApplyAsync(_database, organisation);

        var b = await CompareAsync(B.Code);
        var total = b.Measures[0];
        Assert.Equal(85.50m, total.Score);
        Assert.Equal(new PeerStanding(3, 5, 60.00m), total.National);
        Assert.Equal(new PeerStanding(2, 3, 66.67m), total.InProvince);
        Assert.Equal(new PeerStanding(1, 3, 100.00m), total.AmongType);
        // C ties with B on the total: the same rank and percentile.
        var c = await CompareAsync(C.Code);
        Assert.Equal(total.National, c.Measures[0].National);

        var indicator1 = b.Measures[1];
        Assert.Equal(new PeerStanding(2, 5, 80.00m), indicator1.National);
        Assert.Equal(new PeerStanding(1, 3, 100.00m), indicator1.InProvince);
        Assert.Equal(new PeerStanding(1, 3, 100.00m), indicator1.AmongType);
    }

    [Fact]
    public async Task Averages_are_of_those_with_a_score_and_a_measure_nobody_scored_has_none()
    {
        foreach (var organisation in Set)
            await PeerFeed.ApplyAsync(_database, organisation);

        var c = await CompareAsync(C.Code);
        Assert.Equal(
            (85.25m, 87.00m, 80.33m),
            (c.Measures[0].NationalAverage, c.Measures[0].ProvinceAverage, c.Measures[0].TypeAverage)
        );
        var indicator2 = c.Measures[2];
        Assert.Null(indicator2.Score);
        Assert.Null(indicator2.National);
        Assert.Equal(
            (68.75m, 82.50m, 77.50m),
            (indicator2.NationalAverage, indicator2.ProvinceAverage, indicator2.TypeAverage)
        );
        var indicator3 = c.Measures[3];
        Assert.Equal(
            (null, null, null, null),
            (indicator3.Score, indicator3.National, indicator3.NationalAverage, indicator3.ProvinceAverage)
        );
        foreach (var organisation in Set)
            await PeerAssert.ComparisonMatchesAsync(_database, organisation, Set);
        await PeerAssert.AggregatesMatchAsync(_database, Set);
    }

    [Fact]
    public async Task A_newer_revision_replaces_the_earlier_contribution_even_across_province_and_type()
    {
        foreach (var organisation in Set)
            await PeerFeed.ApplyAsync(_database, organisation);
        var movedB = Organisation("B1", ChiangMai, Tambon, 60.00m, 99.99m, null) with { Revision = 2 };
        var lowerC = Organisation("C1", Tak, Aobt, 100.00m, null, 10m) with { Revision = 3 };

        await PeerFeed.ApplyAsync(_database, movedB);
        await PeerFeed.ApplyAsync(_database, lowerC);
        // An older revision arriving late changes nothing.
        await PeerFeed.ApplyAsync(_database, B);

        PeerOrganisation[] latest = [A, movedB, lowerC, D, E];
        await PeerAssert.AggregatesMatchAsync(_database, latest);
        foreach (var organisation in latest)
            await PeerAssert.ComparisonMatchesAsync(_database, organisation, latest);
        await using var db = _database.Open();
        Assert.Equal(5, await db.PeerScores.CountAsync());
    }

    [Fact]
    public async Task Year_statistics_give_national_histograms_and_group_means()
    {
        foreach (var organisation in Set)
            await PeerFeed.ApplyAsync(_database, organisation);

        await using var db = _database.Open();
        var statistics = await PeerQueries.StatisticsAsync(db, 2568, new CodeBookStore(), CancellationToken.None);

        Assert.NotNull(statistics);
        Assert.Equal(5, statistics.Count);
        var total = statistics.National[0];
        Assert.Equal((0, 5, 85.25m), (total.Measure, total.Count, total.Mean));
        var expected = new int[PeerAggregate.Buckets];
        expected[19] = 1; // 95.25
        expected[18] = 1; // 90.00
        expected[17] = 2; // 85.50 twice
        expected[14] = 1; // 70.00
        Assert.Equal(expected, total.Histogram);
        Assert.Equal([0, 1, 2], statistics.National.Select(d => d.Measure));
        var tak = Assert.Single(statistics.Provinces, p => p.Name == Tak);
        Assert.Equal((3, 87.00m), (tak.Count, tak.Means[0].Mean));
        var aobt = Assert.Single(statistics.Types, t => t.Name == Aobt);
        Assert.Equal((3, 80.33m), (aobt.Count, aobt.Means[0].Mean));
        Assert.Equal(2, statistics.Provinces.Count);
    }

    [Fact]
    public async Task An_organisation_or_year_not_analysed_has_no_peers_or_statistics()
    {
        await PeerFeed.ApplyAsync(_database, A);

        await using var db = _database.Open();
        Assert.Null(await PeerQueries.CompareAsync(db, "9999999", 2568, CancellationToken.None));
        Assert.Null(await PeerQueries.CompareAsync(db, A.Code, 2567, CancellationToken.None));
        Assert.Null(await PeerQueries.StatisticsAsync(db, 2567, new CodeBookStore(), CancellationToken.None));
    }

    [Fact]
    public async Task A_score_of_100_falls_in_the_last_bucket()
    {
        await PeerFeed.ApplyAsync(_database, Organisation("F1", Tak, Aobt, 100.00m, 0m, 4.99m));

        await using var db = _database.Open();
        var statistics = (await PeerQueries.StatisticsAsync(db, 2568, new CodeBookStore(), CancellationToken.None))!;
        Assert.Equal(1, statistics.National[0].Histogram[19]);
        Assert.Equal(1, statistics.National[1].Histogram[0]);
        Assert.Equal(1, statistics.National[2].Histogram[0]);
    }

    [Fact]
    public async Task Two_events_updating_the_same_aggregates_at_once_cannot_both_save()
    {
        await PeerFeed.ApplyAsync(_database, A);
        await using var first = _database.Open();
        await using var second = _database.Open();
        await PeerStatisticsUpdater.ApplyAsync(first, PeerFeed.Analysed(B, 2568), CancellationToken.None);
        await PeerStatisticsUpdater.ApplyAsync(second, PeerFeed.Analysed(C, 2568), CancellationToken.None);

        await first.SaveChangesAsync();
        // Without the concurrency token the second save would overwrite the first's counts; with it the message is
        // retried and recounts.
        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await PeerAssert.AggregatesMatchAsync(_database, [A, B]);
    }

    private async Task<PeerComparison> CompareAsync(string code)
    {
        await using var db = _database.Open();
        return (await PeerQueries.CompareAsync(db, code, 2568, CancellationToken.None))!;
    }

    /// <summary>An organisation scored on the total and indicators 1 and 2 only.</summary>
    private static PeerOrganisation Organisation(
        string code,
        string province,
        string type,
        decimal total,
        decimal? indicator1,
        decimal? indicator2
    ) => new(code, province, type, 1, total, [indicator1, indicator2, null, null, null, null, null, null, null, null]);
}
