using System.Text.Json;
using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Consumers;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Analysis.Tests.TestData;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.Analysis.Tests;

/// <summary>
/// The seed analysis (seeds/002, เทศบาลตำบลแม่จัน, FY 2568) analysed by the service must reach the conclusions its
/// authors wrote by hand: total 85.71 (ผ่าน), 4.46 below 2567's 90.17, indicator 4 weakest at 72.30 with i10 at 45.92
/// the weakest item in it. Item scores are those the seed prints; it gives no others.
/// </summary>
public sealed class SeedAnalysisTests
{
    // The shipped books only: nothing these tests read is loaded at run time.
    private static readonly CodeBookStore Shipped = new();

    private static readonly DateTime Now = new(2025, 11, 22, 4, 0, 0, DateTimeKind.Utc);
    private static readonly AnalysisOptions Defaults = new();

    private const string I10Label = "ขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอน/แนวปฏิบัติ";

    /// <summary>The item scores seed 002 prints for FY 2568, under the 2568 codes (framework §2.6b).</summary>
    private static readonly ItemScore[] SeedItems =
    [
        Item("i1", 81.97m),
        Item("i4", 80.56m),
        Item("i10", 45.92m),
        Item("e2", 80.91m),
        Item("e4", 80.91m),
        Item("e5", 80.91m),
        Item("e8", 78.18m),
        Item("O7", 50m),
        Item("O13", 50m),
        Item("O23", 0m),
    ];

    /// <summary>2568 as recorded, without the previous total: the change must come from the 2567 analysis.</summary>
    private static AssessmentRecorded Seed2568(params ItemScore[] items)
    {
        var recorded = new RecordedBuilder().WithPreviousYearTotal(null).Build();
        return recorded with { Scores = recorded.Scores with { Items = items.Length == 0 ? SeedItems : items } };
    }

    /// <summary>The seed's 2567: its total only (90.17), as published.</summary>
    private static AssessmentAnalysed Seed2567TotalOnly() =>
        Analyse(new RecordedBuilder().ForYear(2567).TotalOnly(90.17m).WithPreviousYearTotal(null).Build(), null);

    private static AssessmentAnalysed Analyse(
        AssessmentRecorded recorded,
        AssessmentAnalysed? previous,
        AnalysisOptions? options = null
    ) => Analyse(recorded, Shipped.Find(recorded.FiscalYear)!, previous, options);

    private static AssessmentAnalysed Analyse(
        AssessmentRecorded recorded,
        CodeBook book,
        AssessmentAnalysed? previous,
        AnalysisOptions? options = null
    ) => AssessmentAnalyser.Analyse(recorded, book, previous, options ?? Defaults, Now);

    private static ItemScore Item(string code, decimal score) => new() { Code = code, Score = score };

    // The seed's conclusions.

    [Fact]
    public void The_seed_organisation_passes_with_85_71()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        Assert.Equal((85.71m, "ผ่าน", true), (analysis.Total, analysis.Rating, analysis.Passed));
    }

    [Fact]
    public void The_seed_organisation_fell_4_46_from_its_2567_analysis()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        Assert.Equal(
            (90.17m, -4.46m, 2567),
            (analysis.PreviousYearTotal, analysis.ChangeFromPreviousYear, analysis.PreviousFiscalYear)
        );
        // 2567 is known by its total only: nothing finer can be compared.
        Assert.Empty(analysis.ToolChanges);
        Assert.Empty(analysis.IndicatorChanges);
        Assert.Empty(analysis.ItemChanges);
    }

    [Fact]
    public void The_seed_organisations_weakest_indicator_is_4_at_72_30_and_is_to_develop()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        Assert.Equal(4, analysis.WeakestIndicator);
        var indicator = analysis.Indicators.Single(i => i.Indicator == 4);
        Assert.Equal((72.30m, FindingClass.Develop), (indicator.Score, indicator.Classification));
        Assert.Equal(
            "คะแนน 72.30 ไม่ต่ำกว่า 70 คะแนน แต่ต่ำกว่า 85 คะแนน จึงเป็นประเด็นที่ต้องพัฒนาให้ดีขึ้น",
            indicator.Reason
        );
    }

    [Fact]
    public void The_weakest_item_of_indicator_4_is_i10_at_45_92_with_its_Thai_label_and_is_urgent()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        var item = Assert.Single(analysis.Indicators.Single(i => i.Indicator == 4).WeakestItems);
        Assert.Equal(
            ("i10", 45.92m, I10Label, "iit-asset-borrow-proper", 4),
            (item.Code, item.Score, item.Label, item.Concept, item.Indicator)
        );
        Assert.Equal(FindingClass.Urgent, item.Classification);
        Assert.Equal("คะแนน 45.92 ต่ำกว่า 70 คะแนน จึงเป็นข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน", item.Reason);
    }

    [Fact]
    public void Each_indicator_names_the_weakest_items_the_seed_names_ties_included()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        var weakest = analysis.Indicators.ToDictionary(
            i => i.Indicator,
            i => i.WeakestItems.Select(w => w.Code).ToArray()
        );
        Assert.Equal(["i1"], weakest[1]);
        Assert.Equal(["i4"], weakest[2]);
        Assert.Empty(weakest[3]); // The seed gives no item score for indicator 3 ("ไม่ต่ำกว่า 96 ทุกข้อ").
        Assert.Equal(["i10"], weakest[4]);
        Assert.Empty(weakest[5]);
        Assert.Equal(["e2"], weakest[6]);
        Assert.Equal(["e4", "e5"], weakest[7]); // Both 80.91: the seed names both.
        Assert.Equal(["e8"], weakest[8]);
        Assert.Equal(["O7", "O13"], weakest[9]); // Both 50: the seed names both.
        Assert.Equal(["O23"], weakest[10]);
    }

    [Fact]
    public void The_seed_organisations_indicators_are_classified_as_the_seed_reads_them()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        // The seed keeps indicator 3 (97.18) at its level and asks indicators 4 and 5 to improve.
        Assert.Equal(
            [
                (1, FindingClass.Maintain),
                (2, FindingClass.Maintain),
                (3, FindingClass.Maintain),
                (4, FindingClass.Develop),
                (5, FindingClass.Develop),
                (6, FindingClass.Maintain),
                (7, FindingClass.Develop),
                (8, FindingClass.Develop),
                (9, FindingClass.Maintain),
                (10, FindingClass.Develop),
            ],
            analysis.Indicators.Select(i => (i.Indicator, i.Classification))
        );
        Assert.All(analysis.Indicators, i =>
            Assert.Contains(
                i.Score.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                i.Reason,
                StringComparison.Ordinal
            )
        );
    }

    [Fact]
    public void Every_seed_item_is_listed_in_code_book_order_with_its_class()
    {
        var analysis = Analyse(Seed2568(), Seed2567TotalOnly());

        Assert.Equal(
            [
                ("i1", FindingClass.Develop),
                ("i4", FindingClass.Develop),
                ("i10", FindingClass.Urgent),
                ("e2", FindingClass.Develop),
                ("e4", FindingClass.Develop),
                ("e5", FindingClass.Develop),
                ("e8", FindingClass.Develop),
                ("O7", FindingClass.Urgent),
                ("O13", FindingClass.Urgent),
                ("O23", FindingClass.Urgent),
            ],
            analysis.Items.Select(i => (i.Code, i.Classification))
        );
        Assert.Equal(
            "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน",
            analysis.Items.Single(i => i.Code == "O23").Label
        );
        Assert.Contains("OIT", analysis.Items.Single(i => i.Code == "O23").Reason, StringComparison.Ordinal);
        Assert.All(analysis.Items, i => Assert.False(string.IsNullOrWhiteSpace(i.Reason)));
    }

    // The previous year: which total, and changes across renumbering.

    [Fact]
    public void The_previous_years_analysis_is_preferred_over_the_total_sent_with_the_scores()
    {
        var recorded = Seed2568() with { PreviousYearTotal = 90.00m };

        var analysis = Analyse(recorded, Seed2567TotalOnly());

        Assert.Equal((90.17m, -4.46m), (analysis.PreviousYearTotal, analysis.ChangeFromPreviousYear));
    }

    [Fact]
    public void Without_a_previous_analysis_the_total_sent_with_the_scores_is_used()
    {
        var recorded = Seed2568() with { PreviousYearTotal = 90.17m };

        var analysis = Analyse(recorded, null);

        Assert.Equal(
            (90.17m, -4.46m, 2567),
            (analysis.PreviousYearTotal, analysis.ChangeFromPreviousYear, analysis.PreviousFiscalYear)
        );
        Assert.Empty(analysis.ToolChanges);
    }

    [Fact]
    public void Without_anything_of_the_previous_year_there_is_no_change()
    {
        var analysis = Analyse(Seed2568(), null);

        Assert.Equal(
            (null, null, null),
            (analysis.PreviousYearTotal, analysis.ChangeFromPreviousYear, analysis.PreviousFiscalYear)
        );
        Assert.Empty(analysis.IndicatorChanges);
    }

    [Fact]
    public void Tools_and_indicators_are_compared_with_the_previous_years_analysis()
    {
        var previous = Analyse(
            new RecordedBuilder()
                .ForYear(2567)
                .WithPreviousYearTotal(null)
                .WithTotal(90.17m)
                .WithIndicator(4, 80.00m)
                .WithIndicator(7, 90.00m)
                .Build(),
            null
        );

        var analysis = Analyse(Seed2568(), previous);

        Assert.Equal(["IIT", "EIT", "OIT"], analysis.ToolChanges.Select(c => c.Key));
        Assert.Equal(
            Enumerable.Range(1, 10).Select(n => n.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            analysis.IndicatorChanges.Select(c => c.Key)
        );
        var four = analysis.IndicatorChanges.Single(c => c.Key == "4");
        Assert.Equal((80.00m, 72.30m, -7.70m), (four.Previous, four.Current, four.Change));
        var seven = analysis.IndicatorChanges.Single(c => c.Key == "7");
        Assert.Equal((90.00m, 84.01m, -5.99m), (seven.Previous, seven.Current, seven.Change));
        Assert.Equal(-4.46m, analysis.ChangeFromPreviousYear);
    }

    [Fact]
    public void Items_renumbered_from_2567_to_2568_are_compared_by_concept()
    {
        // 2567's i21 and O13 are 2568's i10 and O7 (concepts iit-asset-borrow-proper and annual-report).
        var previousRecorded = new RecordedBuilder()
            .ForYear(2567)
            .WithPreviousYearTotal(null)
            .WithTotal(90.17m)
            .Build();
        var previous = Analyse(
            previousRecorded with
            {
                Scores = previousRecorded.Scores with
                {
                    Items = [Item("i21", 60.00m), Item("O13", 100m), Item("i19", 95m)],
                },
            },
            null
        );

        var analysis = Analyse(Seed2568(), previous);

        Assert.Equal(
            [("iit-asset-borrow-proper", 60.00m, 45.92m, -14.08m), ("annual-report", 100m, 50m, -50m)],
            analysis.ItemChanges.Select(c => (c.Key, c.Previous, c.Current, c.Change))
        );
    }

    [Fact]
    public void An_item_under_O42_in_2567_is_compared_with_the_item_of_its_concept_under_O40_in_2566()
    {
        // A 2567 book in which O40 and O42 swapped concepts, as a renumbering would do.
        var shipped = Shipped.Find(2567)!;
        var renumbered = shipped with
        {
            Items =
            [
                .. shipped.Items.Select(i =>
                    i.Code switch
                    {
                        "O40" => i with { Concept = "measures" },
                        "O42" => i with { Concept = "ethics-promotion" },
                        _ => i,
                    }
                ),
            ],
        };
        var recorded2566 = new RecordedBuilder().ForYear(2566).WithPreviousYearTotal(null).Build();
        var previous = Analyse(
            recorded2566 with
            {
                Scores = recorded2566.Scores with { Items = [Item("O40", 0m), Item("O42", 100m)] },
            },
            null
        );
        var recorded2567 = new RecordedBuilder().ForYear(2567).WithPreviousYearTotal(null).Build();

        var analysis = Analyse(
            recorded2567 with
            {
                Scores = recorded2567.Scores with { Items = [Item("O40", 0m), Item("O42", 100m)] },
            },
            renumbered,
            previous
        );

        // By code both would be unchanged; by concept, ethics-promotion rose from 0 (2566 O40) to 100 (2567 O42).
        Assert.Equal(
            [("measures", 100m, 0m, -100m), ("ethics-promotion", 0m, 100m, 100m)],
            analysis.ItemChanges.Select(c => (c.Key, c.Previous, c.Current, c.Change))
        );
        Assert.Equal(("O42", "ethics-promotion"), (analysis.Items[1].Code, analysis.Items[1].Concept));
    }

    [Fact]
    public void Items_without_a_concept_are_not_compared()
    {
        // 2568's i11 has no concept; 2567's i11 (iit-procurement) must not be matched with it by code.
        var previousRecorded = new RecordedBuilder().ForYear(2567).WithPreviousYearTotal(null).Build();
        var previous = Analyse(
            previousRecorded with
            {
                Scores = previousRecorded.Scores with { Items = [Item("i11", 90m)] },
            },
            null
        );

        var analysis = Analyse(Seed2568(Item("i11", 70m)), previous);

        Assert.Empty(analysis.ItemChanges);
    }

    [Fact]
    public void A_previous_analysis_of_another_year_or_organisation_is_refused()
    {
        var twoYearsBack = Analyse(
            new RecordedBuilder().ForYear(2566).TotalOnly(88m).WithPreviousYearTotal(null).Build(),
            null
        );
        var otherOrganisation = Analyse(
            new RecordedBuilder()
                .ForYear(2567)
                .TotalOnly(88m)
                .WithPreviousYearTotal(null)
                .WithOrganisation(o => o with { Code = "5500101" })
                .Build(),
            null
        );

        Assert.Throws<ArgumentException>(() => Analyse(Seed2568(), twoYearsBack));
        Assert.Throws<ArgumentException>(() => Analyse(Seed2568(), otherOrganisation));
    }

    // Items and options.

    [Fact]
    public void An_item_the_code_book_does_not_have_keeps_its_code_as_label_and_comes_last()
    {
        var analysis = Analyse(Seed2568(Item("X7", 40m), Item("O99", 0m), Item("i10", 45.92m)), null);

        Assert.Equal(["i10", "O99", "X7"], analysis.Items.Select(i => i.Code));
        var unknown = analysis.Items.Single(i => i.Code == "X7");
        Assert.Equal(
            ("X7", 0, (string?)null, FindingClass.Urgent),
            (unknown.Label, unknown.Indicator, unknown.Concept, unknown.Classification)
        );
        // An O… code is an OIT item even when this year's book lacks it.
        Assert.Contains("OIT", analysis.Items.Single(i => i.Code == "O99").Reason, StringComparison.Ordinal);
        Assert.All(analysis.Indicators, i => Assert.DoesNotContain(i.WeakestItems, w => w.Code is "X7" or "O99"));
    }

    [Fact]
    public void Item_codes_are_matched_to_the_code_book_whatever_their_case()
    {
        var analysis = Analyse(Seed2568(Item("I10", 45.92m), Item("o23", 0m)), null);

        Assert.Equal(
            [("i10", I10Label), ("O23", "การประเมินความเสี่ยงที่อาจเกิดการให้หรือรับสินบน")],
            analysis.Items.Select(i => (i.Code, i.Label))
        );
    }

    [Fact]
    public void More_weakest_items_per_indicator_are_listed_when_configured()
    {
        var items = new[] { Item("i10", 45.92m), Item("i11", 70m), Item("i12", 90m) };

        var one = Analyse(Seed2568(items), null);
        var two = Analyse(Seed2568(items), null, new AnalysisOptions { WeakestItemsPerIndicator = 2 });

        Assert.Equal(["i10"], one.Indicators.Single(i => i.Indicator == 4).WeakestItems.Select(w => w.Code));
        Assert.Equal(["i10", "i11"], two.Indicators.Single(i => i.Indicator == 4).WeakestItems.Select(w => w.Code));
    }

    [Fact]
    public void Configured_lines_change_the_seeds_classes()
    {
        var analysis = Analyse(Seed2568(), null, new AnalysisOptions { UrgentBelow = 75m, DevelopBelow = 80m });

        Assert.Equal(FindingClass.Urgent, analysis.Indicators.Single(i => i.Indicator == 4).Classification);
        Assert.Equal(FindingClass.Develop, analysis.Items.Single(i => i.Code == "e8").Classification);
        Assert.Equal(FindingClass.Maintain, analysis.Items.Single(i => i.Code == "i1").Classification);
    }

    // Through the consumer: the previous year comes from the service's own database.

    [Fact]
    public async Task The_consumer_compares_with_the_latest_revision_of_the_previous_year_it_analysed()
    {
        await using var harness = await ConsumerHarness<AnalysisDbContext>.StartAsync<AssessmentRecordedConsumer>(
            o => new AnalysisDbContext(o),
            (services, _) => services.AddScoped<CatalogueStore>()
        );
        await harness.ConsumeAsync(
            new RecordedBuilder().ForYear(2567).TotalOnly(88.00m).WithPreviousYearTotal(null).Build()
        );
        await harness.ConsumeAsync(
            new RecordedBuilder().ForYear(2567).WithRevision(2).TotalOnly(90.17m).WithPreviousYearTotal(null).Build()
        );

        var fault = await harness.ConsumeAsync(Seed2568() with { PreviousYearTotal = 80m });

        Assert.Null(fault);
        var outbox = await harness.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        var published = JsonSerializer.Deserialize<AssessmentAnalysed>(outbox[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (2568, 90.17m, -4.46m, 2567),
            (
                published.FiscalYear,
                published.PreviousYearTotal,
                published.ChangeFromPreviousYear,
                published.PreviousFiscalYear
            )
        );
        var i10 = Assert.Single(published.Indicators.Single(i => i.Indicator == 4).WeakestItems);
        Assert.Equal(("i10", 45.92m, FindingClass.Urgent), (i10.Code, i10.Score, i10.Classification));

        var stored = await harness.QueryAsync(db => db.Analyses.SingleAsync(a => a.FiscalYear == 2568));
        var read = JsonSerializer.Deserialize<AssessmentAnalysed>(stored.ResultJson, JsonSerializerOptions.Web)!;
        Assert.Equal(
            published.Items.Select(i => (i.Code, i.Classification, i.Reason)),
            read.Items.Select(i => (i.Code, i.Classification, i.Reason))
        );
    }

    [Fact]
    public async Task The_consumer_compares_items_across_renumbering_with_the_previous_year_it_analysed()
    {
        await using var harness = await ConsumerHarness<AnalysisDbContext>.StartAsync<AssessmentRecordedConsumer>(
            o => new AnalysisDbContext(o),
            (services, _) => services.AddScoped<CatalogueStore>()
        );
        var previous = new RecordedBuilder().ForYear(2567).WithPreviousYearTotal(null).WithTotal(90.17m).Build();
        await harness.ConsumeAsync(previous with { Scores = previous.Scores with { Items = [Item("i21", 60.00m)] } });

        await harness.ConsumeAsync(Seed2568());

        var stored = await harness.QueryAsync(db => db.Analyses.SingleAsync(a => a.FiscalYear == 2568));
        var analysis = JsonSerializer.Deserialize<AssessmentAnalysed>(stored.ResultJson, JsonSerializerOptions.Web)!;
        var change = Assert.Single(analysis.ItemChanges);
        Assert.Equal(("iit-asset-borrow-proper", -14.08m), (change.Key, change.Change));
        Assert.Equal(10, analysis.IndicatorChanges.Count);
    }
}
