using Ita.Micro.Analysis.Catalogue;

namespace Ita.Micro.Analysis.Tests.Catalogue;

public sealed class MeasureProposalTests
{
    private const string Urgent = MeasureCatalogue.Urgent;
    private const string Develop = MeasureCatalogue.Develop;

    // Indicator 4 has one concept measure (least important by priority) and two plain ones; 2 and 7 one each.
    private static readonly MeasureCatalogue Small = new(
        7,
        [
            TestMeasures.Valid("borrow-concept", indicator: 4, priority: 3, "iit-asset-borrow-proper"),
            TestMeasures.Valid("asset-first", indicator: 4, priority: 1),
            TestMeasures.Valid("asset-second", indicator: 4, priority: 2),
            TestMeasures.Valid("budget-first", indicator: 2, priority: 1),
            TestMeasures.Valid("communication-first", indicator: 7, priority: 1),
        ]
    );

    private static string[] Ids(IEnumerable<CatalogueMeasure> measures) => measures.Select(m => m.Id).ToArray();

    [Fact]
    public void Urgent_findings_come_before_develop_ones_whatever_their_scores()
    {
        var proposed = Small.Propose([(7, null, Develop, 10m), (2, null, Urgent, 80m)], maxPerFinding: 1);

        Assert.Equal(["budget-first", "communication-first"], Ids(proposed));
    }

    [Fact]
    public void Within_a_class_lower_scores_come_first()
    {
        var proposed = Small.Propose([(2, null, Urgent, 80m), (7, null, Urgent, 30m)], maxPerFinding: 1);

        Assert.Equal(["communication-first", "budget-first"], Ids(proposed));
    }

    [Fact]
    public void Concept_matches_come_before_indicator_only_matches_which_follow_by_priority()
    {
        var proposed = Small.Propose([(4, "iit-asset-borrow-proper", Urgent, 45.92m)], maxPerFinding: 3);

        Assert.Equal(["borrow-concept", "asset-first", "asset-second"], Ids(proposed));
    }

    [Fact]
    public void Without_a_concept_an_indicators_measures_come_by_priority()
    {
        var proposed = Small.Propose([(4, null, Develop, 70m)], maxPerFinding: 3);

        Assert.Equal(["asset-first", "asset-second", "borrow-concept"], Ids(proposed));
    }

    [Fact]
    public void At_most_max_per_finding_measures_are_taken_for_each_finding()
    {
        var proposed = Small.Propose(
            [(4, "iit-asset-borrow-proper", Urgent, 45m), (2, null, Develop, 70m)],
            maxPerFinding: 2
        );

        Assert.Equal(["borrow-concept", "asset-first", "budget-first"], Ids(proposed));
    }

    [Fact]
    public void A_measure_answering_several_findings_is_proposed_once_where_the_most_important_put_it()
    {
        // The urgent finding takes borrow-concept and asset-first; the develop one's own top two are asset-first
        // (already proposed, so not again) and asset-second.
        var proposed = Small.Propose(
            [(4, null, Develop, 80m), (4, "iit-asset-borrow-proper", Urgent, 45m)],
            maxPerFinding: 2
        );

        Assert.Equal(["borrow-concept", "asset-first", "asset-second"], Ids(proposed));
    }

    [Fact]
    public void Findings_that_are_neither_urgent_nor_develop_get_no_measures()
    {
        var proposed = Small.Propose([(4, null, "Maintain", 99m), (2, null, "urgent", 50m)], maxPerFinding: 3);

        Assert.Equal(["budget-first"], Ids(proposed));
    }

    [Fact]
    public void No_findings_propose_nothing() => Assert.Empty(Small.Propose([], maxPerFinding: 3));

    [Fact]
    public void Max_per_finding_must_be_positive() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => Small.Propose([(4, null, Urgent, 1m)], maxPerFinding: 0));

    [Fact]
    public void For_the_seed_organisations_asset_borrowing_item_the_seed_proposes_the_asset_borrowing_measures_first()
    {
        // Seed 002: i10 (iit-asset-borrow-proper, indicator 4) scored 45.92.
        var proposed = MeasureCatalogue.Seed.Propose(
            [(4, "iit-asset-borrow-proper", Urgent, 45.92m)],
            maxPerFinding: 3
        );

        Assert.Equal(3, proposed.Count);
        Assert.Equal("asset-borrowing-awareness", proposed[0].Id);
        Assert.All(proposed.Take(2), m => Assert.Contains("iit-asset-borrow-proper", m.Concepts));
        Assert.All(proposed, m => Assert.Equal(4, m.Indicator));
    }

    [Fact]
    public void For_the_seed_organisations_findings_the_zero_bribery_risk_item_comes_first()
    {
        // Seed 002, FY 2568: O23 scored 0, i10 45.92; O7 and O13 50 each.
        var proposed = MeasureCatalogue.Seed.Propose(
            [
                (9, "annual-report", Develop, 50m),
                (4, "iit-asset-borrow-proper", Urgent, 45.92m),
                (9, "procurement-annual", Develop, 50m),
                (10, "bribery-risk", Urgent, 0m),
            ],
            maxPerFinding: 1
        );

        Assert.Equal(
            [
                "prevention-bribery-risk-assessment",
                "asset-borrowing-awareness",
                "disclosure-annual-report",
                "disclosure-procurement-annual-report",
            ],
            Ids(proposed)
        );
    }

    [Fact]
    public void A_concept_matches_even_when_the_year_puts_its_item_under_another_indicator()
    {
        // ethics-promotion is O40 under indicator 10 in 2566 but O16 under indicator 9 in 2568.
        var proposed = MeasureCatalogue.Seed.Propose([(9, "ethics-promotion", Develop, 0m)], maxPerFinding: 2);

        Assert.Equal("prevention-ethics-promotion", proposed[0].Id);
        Assert.Equal(9, proposed[1].Indicator);
    }
}
