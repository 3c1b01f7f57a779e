using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>Coverage of a year's OIT items, read from the year's code book, never from a list in code.</summary>
public sealed class CoverageTests
{
    private static EvidenceEntry Link(string? item, LinkState state) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationCode = "6630801",
            FiscalYear = 2569,
            ItemCode = item,
            Url = $"https://maechan.go.th/{item}/{Guid.NewGuid()}",
            Title = "หลักฐาน",
            AddedBy = "officer",
            State = state,
        };

    [Fact]
    public void The_OIT_items_are_those_of_the_indicators_the_OIT_tool_measures_in_the_year_s_code_book()
    {
        var book = new CodeBookStore().Find(2569)!;
        var items = OitItems.Of(book);

        var oitIndicators = book.Indicators.Where(i => i.Tool == "OIT").Select(i => i.Number).ToHashSet();
        Assert.NotEmpty(items);
        Assert.Equal(book.Items.Count(i => oitIndicators.Contains(i.Indicator)), items.Count);
        Assert.All(items, i => Assert.StartsWith("O", i.Code));
        Assert.Empty(OitItems.Of(new CodeBookStore(), 2400));
    }

    [Fact]
    public void Items_are_covered_unverified_only_broken_or_missing_by_the_state_of_their_links()
    {
        var items = OitItems.Of(new CodeBookStore(), 2569);
        var codes = items.Select(i => i.Code).ToList();
        EvidenceEntry[] links =
        [
            Link(codes[0], LinkState.Ok),
            Link(codes[1], LinkState.Broken),
            Link(codes[1], LinkState.Broken),
            Link(codes[2], LinkState.Broken),
            Link(codes[2], LinkState.Ok),
            Link(codes[3], LinkState.Unchecked),
            Link(codes[4], LinkState.Failing),
            Link(codes[4], LinkState.Broken),
            // Not an item: counts for none.
            Link(null, LinkState.Broken),
        ];

        var coverage = CoverageCalculator.Items(items, links);

        Assert.Equal(codes, coverage.Select(c => c.Code));
        Assert.Equal(
            [
                CoverageStatus.Covered,
                CoverageStatus.OnlyBroken,
                CoverageStatus.Covered,
                CoverageStatus.Unverified,
                CoverageStatus.Unverified,
            ],
            coverage.Take(5).Select(c => c.Status)
        );
        Assert.All(coverage.Skip(5), c => Assert.Equal(CoverageStatus.Missing, c.Status));
        Assert.Equal((2, 0, 2), (coverage[1].Links, coverage[1].GoodLinks, coverage[1].BrokenLinks));
        Assert.Equal(items[0].Label, coverage[0].Label);

        var summary = CoverageCalculator.Summary(
            "6630801",
            "เทศบาลตำบลแม่จัน",
            "ตาก",
            items,
            links.Select(l => (l.ItemCode, l.State)).ToList()
        );
        Assert.Equal(
            (items.Count, 2, 2, 1, items.Count - 5, 5),
            (
                summary.ItemCount,
                summary.Covered,
                summary.Unverified,
                summary.OnlyBroken,
                summary.Missing,
                summary.BrokenLinks
            )
        );
        Assert.True(CoverageCalculator.HasProblems(summary));
    }

    [Fact]
    public void A_code_book_with_other_items_gives_other_coverage()
    {
        var shipped = new CodeBookStore().Find(2569)!;
        var oit = shipped.Indicators.First(i => i.Tool == "OIT");
        var book = shipped with
        {
            Items =
            [
                new CodeBookItem
                {
                    Code = "O1",
                    Indicator = oit.Number,
                    Label = "โครงสร้าง",
                },
                new CodeBookItem
                {
                    Code = "O2",
                    Indicator = oit.Number,
                    Label = "ผู้บริหาร",
                },
                new CodeBookItem
                {
                    Code = "i1",
                    Indicator = shipped.Indicators.First(i => i.Tool == "IIT").Number,
                    Label = "IIT",
                },
            ],
        };

        var coverage = CoverageCalculator.Items(
            OitItems.Of(book),
            [Link("O1", LinkState.Ok), Link("o2", LinkState.Broken)]
        );

        Assert.Equal(
            [("O1", CoverageStatus.Covered), ("O2", CoverageStatus.OnlyBroken)],
            coverage.Select(c => (c.Code, c.Status))
        );
        var complete = CoverageCalculator.Summary(
            "1",
            "ก",
            "ตาก",
            OitItems.Of(book),
            [("O1", LinkState.Ok), ("O2", LinkState.Ok)]
        );
        Assert.False(CoverageCalculator.HasProblems(complete));
    }
}
