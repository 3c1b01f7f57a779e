using System.Text.Json;
using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Consumers;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Analysis.Tests.TestData;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Analysis.Tests;

/// <summary>
/// OrganisationRegistered keeps the stored analyses' names and places current, and moves peer scores between groups;
/// the operator's rebuild makes the same peer figures from the stored analyses, however often it runs.
/// </summary>
public sealed class OrganisationChangesTests : IAsyncLifetime
{
    private static readonly OrganisationInfo Renamed = Organisations.MaeChan with
    {
        Name = "เทศบาลเมืองแม่จัน",
        Type = "เทศบาลเมือง",
        Province = "เชียงราย",
        District = "แม่จัน",
    };

    private ConsumerHarness<AnalysisDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<AnalysisDbContext>.StartAsync(
            o => new AnalysisDbContext(o),
            x =>
            {
                x.AddConsumer<AssessmentRecordedConsumer, AssessmentRecordedConsumerDefinition>();
                x.AddConsumer<OrganisationRegisteredConsumer>();
            },
            (services, _) => services.AddScoped<CatalogueStore>()
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_renamed_and_moved_organisation_is_listed_and_counted_under_its_new_name_province_and_type()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().Build());
        await _harness.ConsumeAsync(
            new RecordedBuilder()
                .WithOrganisation(o => o with { Code = "6630802", Name = "อบต.ทดสอบ", Type = "อบต." })
                .Build()
        );

        // The district travels with the recorded assessment into the stored analysis (the organisations table filters by it).
        Assert.Equal(
            "อุ้มผาง",
            await _harness.QueryAsync(db =>
                db.Analyses.Where(a => a.OrganisationCode == "6630801").Select(a => a.District).SingleAsync()
            )
        );

        var fault = await _harness.ConsumeAsync(
            new OrganisationRegistered { Organisation = Renamed, RegisteredAtUtc = DateTime.UtcNow }
        );

        Assert.Null(fault);
        var row = await _harness.QueryAsync(db => db.Analyses.SingleAsync(a => a.OrganisationCode == "6630801"));
        Assert.Equal(
            ("เทศบาลเมืองแม่จัน", "เชียงราย", "แม่จัน", "เทศบาลเมือง"),
            (row.OrganisationName, row.Province, row.District, row.OrganisationType)
        );
        // The analysis as published stays as it was: it is the record of what was analysed.
        Assert.Equal(
            "เทศบาลตำบลแม่จัน",
            JsonSerializer.Deserialize<AssessmentAnalysed>(row.ResultJson, JsonSerializerOptions.Web)!.Organisation.Name
        );
        var totals = await TotalsAsync();
        Assert.Equal(1, totals[(PeerScope.Province, "เชียงราย")]);
        Assert.Equal(1, totals[(PeerScope.Province, "ตาก")]);
        Assert.Equal(1, totals[(PeerScope.Type, "เทศบาลเมือง")]);
        Assert.Equal(0, totals[(PeerScope.Type, "เทศบาลตำบล")]);
        Assert.Equal(2, totals[(PeerScope.National, "")]);

        var parts = await PartSumsAsync();
        Assert.Contains(parts, p => p.StartsWith("2568 province เชียงราย tool", StringComparison.Ordinal));
        Assert.Equal(await PartSumsOfHeldScoresAsync(), parts);

        // Delivered again: nothing moves twice.
        await _harness.ConsumeAsync(
            new OrganisationRegistered { Organisation = Renamed, RegisteredAtUtc = DateTime.UtcNow }
        );
        Assert.Equal(totals, await TotalsAsync());
        Assert.Equal(parts, await PartSumsAsync());

        // A newer revision in the new province with other tool scores and no items: its old contribution leaves, the new one joins.
        await _harness.ConsumeAsync(
            new RecordedBuilder().WithRevision(2).WithOrganisation(_ => Renamed).WithToolsOnly(70m, 80m, 90m).Build()
        );
        Assert.Equal(await PartSumsOfHeldScoresAsync(), await PartSumsAsync());
        Assert.Contains("2568 province เชียงราย tool OIT: 1 9000", await PartSumsAsync());
    }

    [Fact]
    public async Task Rebuilding_the_peer_statistics_gives_the_figures_the_analyses_gave_and_running_it_twice_changes_nothing()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().Build());
        await _harness.ConsumeAsync(
            new RecordedBuilder()
                .WithOrganisation(o => o with { Code = "6630802", Name = "อบต.ทดสอบ", Type = "อบต." })
                .WithTotal(70m)
                .Build()
        );
        await _harness.ConsumeAsync(new RecordedBuilder().ForYear(2566).TotalOnly(91m).Build());
        var before = await AggregatesAsync();
        // Lost, as for analyses stored before the aggregates existed.
        var partsBefore = await PartSumsAsync();
        await _harness.QueryAsync(async db =>
            await db.PeerAggregates.ExecuteDeleteAsync()
            + await db.PeerScores.ExecuteDeleteAsync()
            + await db.PeerPartAggregates.ExecuteDeleteAsync()
        );

        var once = await _harness.QueryAsync(db =>
            PeerStatisticsRebuilder.RebuildAsync(db, null, CancellationToken.None)
        );
        var afterOnce = await AggregatesAsync();
        var twice = await _harness.QueryAsync(db =>
            PeerStatisticsRebuilder.RebuildAsync(db, 2568, CancellationToken.None)
        );

        Assert.Equal([new RebuiltYear(2566, 1), new RebuiltYear(2568, 2)], once);
        Assert.Equal([new RebuiltYear(2568, 2)], twice);
        Assert.Equal(before, afterOnce);
        Assert.Equal(before, await AggregatesAsync());
        Assert.NotEmpty(partsBefore);
        Assert.Equal(partsBefore, await PartSumsAsync());
    }

    [Fact]
    public async Task Statistics_count_organisations_by_official_rating_with_the_undetermined_as_their_own_group()
    {
        await _harness.ConsumeAsync(new RecordedBuilder().Build());
        await _harness.ConsumeAsync(
            new RecordedBuilder().WithOrganisation(o => o with { Code = "6630802" }).TotalOnly(97.9m).Build()
        );
        await _harness.ConsumeAsync(
            new RecordedBuilder()
                .WithOrganisation(o => o with { Code = "6630803" })
                .TotalOnly(99.06m)
                .WithPublishedRating("ผ่านดีเยี่ยม")
                .Build()
        );
        await _harness.ConsumeAsync(
            new RecordedBuilder().WithOrganisation(o => o with { Code = "6630804" }).TotalOnly(80m).Build()
        );

        var statistics = await _harness.QueryAsync(db =>
            PeerQueries.StatisticsAsync(db, 2568, new CodeBookStore(), CancellationToken.None)
        );

        Assert.Equal(
            [
                new RatingCount("ผ่านดีเยี่ยม", false, 1),
                new RatingCount("ผ่าน", false, 1),
                new RatingCount("ต้องปรับปรุง", false, 1),
                new RatingCount(null, true, 1),
            ],
            statistics!.Ratings
        );
    }

    private Task<Dictionary<(string, string), int>> TotalsAsync() =>
        _harness.QueryAsync(db =>
            db.PeerAggregates.Where(a => a.Measure == 0).ToDictionaryAsync(a => (a.Scope, a.ScopeKey), a => a.Count)
        );

    /// <summary>The running sums of tools and items the overview reads.</summary>
    private Task<List<string>> PartSumsAsync() =>
        _harness.QueryAsync(async db =>
            (await db.PeerPartAggregates.Where(a => a.Count > 0).ToListAsync())
                .Select(a => $"{a.FiscalYear} {a.Scope} {a.ScopeKey} {a.Kind} {a.Code}: {a.Count} {a.Sum}")
                .Order(StringComparer.Ordinal)
                .ToList()
        );

    /// <summary>The same sums counted from scratch from the held part scores, in the provinces the peer scores place them now.</summary>
    private Task<List<string>> PartSumsOfHeldScoresAsync() =>
        _harness.QueryAsync(async db =>
        {
            var held = await db
                .PeerPartScores.Join(
                    db.PeerScores,
                    p => new { p.FiscalYear, p.OrganisationCode },
                    s => new { s.FiscalYear, s.OrganisationCode },
                    (p, s) =>
                        new
                        {
                            p.FiscalYear,
                            s.Province,
                            p.Kind,
                            p.Code,
                            p.Score,
                        }
                )
                .ToListAsync();
            return held.GroupBy(p => (p.FiscalYear, Scope: PeerScope.National, Key: "", p.Kind, p.Code))
                .Concat(held.GroupBy(p => (p.FiscalYear, Scope: PeerScope.Province, Key: p.Province, p.Kind, p.Code)))
                .Select(g =>
                    $"{g.Key.FiscalYear} {g.Key.Scope} {g.Key.Key} {g.Key.Kind} {g.Key.Code}: {g.Count()} {g.Sum(p => (long)p.Score)}"
                )
                .Order(StringComparer.Ordinal)
                .ToList();
        });

    private Task<List<string>> AggregatesAsync() =>
        _harness.QueryAsync(async db =>
            (await db.PeerAggregates.ToListAsync())
                .Where(a => a.Count > 0)
                .Select(a =>
                    $"{a.FiscalYear} {a.Scope} {a.ScopeKey} {a.Measure}: {a.Count} {a.Sum} {string.Join(',', a.Histogram)}"
                )
                .Order(StringComparer.Ordinal)
                .ToList()
        );
}
