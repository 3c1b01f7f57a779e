using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Analysis.Tests.TestData;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Tests;

public sealed class AssessmentAnalyserTests
{
    // The shipped books only: nothing these tests read is loaded at run time.
    private static readonly CodeBookStore Shipped = new();

    private static readonly DateTime Now = new(2025, 11, 22, 4, 0, 0, DateTimeKind.Utc);

    private static AssessmentAnalysed Analyse(AssessmentRecorded recorded) =>
        AssessmentAnalyser.Analyse(recorded, Shipped.Find(recorded.FiscalYear)!, null, new AnalysisOptions(), Now);

    private static decimal D(string value) => decimal.Parse(value, CultureInfo.InvariantCulture);

    // The seed organisation, FY 2568 (docs/samples/mae-chan.json).

    [Fact]
    public void The_seed_organisation_passes_but_only_with_the_plain_pass_rating_because_IIT_is_below_85()
    {
        var analysis = Analyse(new RecordedBuilder().Build());

        Assert.Equal("ผ่าน", analysis.Rating);
        Assert.True(analysis.Passed);
        Assert.Equal(85m, analysis.PassMark);
    }

    [Fact]
    public void The_seed_organisation_keeps_its_published_total_and_tool_scores()
    {
        var analysis = Analyse(new RecordedBuilder().Build());

        Assert.Equal(85.71m, analysis.Total);
        Assert.Equal(
            [("IIT", 84.99m), ("EIT", 85.71m), ("OIT", 86.25m)],
            analysis.Tools.Select(t => (t.Tool, t.Score))
        );
    }

    [Fact]
    public void The_seed_organisations_weakest_indicator_is_4()
    {
        var analysis = Analyse(new RecordedBuilder().Build());

        Assert.Equal(4, analysis.WeakestIndicator);
        var weakest = analysis.Indicators.Single(i => i.Indicator == 4);
        Assert.Equal(("การใช้ทรัพย์สินของราชการ", "IIT", 72.30m), (weakest.Name, weakest.Tool, weakest.Score));
    }

    [Fact]
    public void The_seed_organisation_fell_4_46_from_the_previous_year()
    {
        var analysis = Analyse(new RecordedBuilder().Build());

        Assert.Equal(90.17m, analysis.PreviousYearTotal);
        Assert.Equal(-4.46m, analysis.ChangeFromPreviousYear);
    }

    [Fact]
    public void The_seed_organisations_weak_indicators_are_exactly_those_below_85()
    {
        var analysis = Analyse(new RecordedBuilder().Build());

        Assert.Equal([4, 5, 7, 8, 10], analysis.Indicators.Where(i => i.Weak).Select(i => i.Indicator));
        Assert.Equal(Enumerable.Range(1, 10), analysis.Indicators.Select(i => i.Indicator));
    }

    [Fact]
    public void An_indicator_exactly_on_the_pass_mark_is_not_weak()
    {
        var analysis = Analyse(new RecordedBuilder().WithIndicator(7, 85.00m).WithIndicator(8, 84.99m).Build());

        Assert.False(analysis.Indicators.Single(i => i.Indicator == 7).Weak);
        Assert.True(analysis.Indicators.Single(i => i.Indicator == 8).Weak);
    }

    [Fact]
    public void Indicators_are_listed_in_number_order_whatever_the_order_received()
    {
        var recorded = new RecordedBuilder().Build();
        recorded = recorded with
        {
            Scores = recorded.Scores with { Indicators = [.. recorded.Scores.Indicators.Reverse()] },
        };

        Assert.Equal(Enumerable.Range(1, 10), Analyse(recorded).Indicators.Select(i => i.Indicator));
    }

    [Fact]
    public void Without_a_previous_year_there_is_no_change()
    {
        var analysis = Analyse(new RecordedBuilder().WithPreviousYearTotal(null).Build());

        Assert.Null(analysis.PreviousYearTotal);
        Assert.Null(analysis.ChangeFromPreviousYear);
    }

    [Fact]
    public void Carries_the_business_key_of_the_recorded_revision()
    {
        var analysis = Analyse(new RecordedBuilder().WithRevision(3).Build());

        Assert.Equal(("6630801", 2568, 3), (analysis.Organisation.Code, analysis.FiscalYear, analysis.Revision));
        Assert.Equal(Now, analysis.AnalysedAtUtc);
        Assert.NotEqual(Guid.Empty, analysis.AnalysisId);
    }

    // Computed values.

    [Fact]
    public void Computes_each_tool_score_as_the_mean_of_its_indicators_to_2_decimals_when_not_given()
    {
        var analysis = Analyse(new RecordedBuilder().WithoutTools().Build());

        // IIT (87.79+87.70+97.18+72.30+80.00)/5 = 84.994; EIT (88.64+84.01+84.53)/3 = 85.7266…; OIT (92.50+80.00)/2.
        Assert.Equal(
            [("IIT", 84.99m), ("EIT", 85.73m), ("OIT", 86.25m)],
            analysis.Tools.Select(t => (t.Tool, t.Score))
        );
        Assert.Equal(85.71m, analysis.Total);
    }

    [Fact]
    public void Computes_the_total_from_the_tool_weights_when_not_given()
    {
        var analysis = Analyse(new RecordedBuilder().WithTotal(null).WithToolsOnly(80m, 90m, 100m).Build());

        // 0.3 × 80 + 0.3 × 90 + 0.4 × 100
        Assert.Equal(91.00m, analysis.Total);
        Assert.Null(analysis.WeakestIndicator);
    }

    [Fact]
    public void Computes_tools_and_total_from_indicators_alone()
    {
        var analysis = Analyse(new RecordedBuilder().WithTotal(null).WithoutTools().Build());

        // 0.3 × 84.99 + 0.3 × 85.73 + 0.4 × 86.25 = 85.716
        Assert.Equal(85.72m, analysis.Total);
        Assert.Equal("ผ่าน", analysis.Rating);
    }

    [Fact]
    public void Keeps_a_given_tool_score_over_the_mean_of_its_indicators()
    {
        var analysis = Analyse(new RecordedBuilder().WithTotal(null).Build());

        Assert.Equal(85.71m, analysis.Tools.Single(t => t.Tool == "EIT").Score);
    }

    [Fact]
    public void Does_not_compute_a_tool_score_from_some_of_its_indicators_only()
    {
        var analysis = Analyse(new RecordedBuilder().WithoutTools().WithoutIndicator(10).Build());

        Assert.Equal(["IIT", "EIT"], analysis.Tools.Select(t => t.Tool));
        Assert.Equal(85.71m, analysis.Total);
    }

    [Fact]
    public void A_total_only_assessment_is_rated_on_its_total_with_no_indicators()
    {
        var analysis = Analyse(
            new RecordedBuilder().ForYear(2567).TotalOnly(90.17m).WithPreviousYearTotal(null).Build()
        );

        Assert.Equal(90.17m, analysis.Total);
        Assert.True(analysis.Passed);
        // The ผ่านดี band needs every tool at 85 or more, which a total alone can neither show nor rule out.
        Assert.Null(analysis.Rating);
        Assert.Equal(RatingSource.Undetermined, analysis.Official!.Source);
        Assert.Equal(["ผ่านดี", "ผ่าน"], analysis.Official.PossibleLabels);
        Assert.Empty(analysis.Tools);
        Assert.Empty(analysis.Indicators);
        Assert.Null(analysis.WeakestIndicator);
    }

    [Fact]
    public void A_published_rating_with_a_total_only_is_the_official_rating()
    {
        var analysis = Analyse(new RecordedBuilder().TotalOnly(99.06m).WithPublishedRating("ผ่านดีเยี่ยม").Build());

        Assert.Equal("ผ่านดีเยี่ยม", analysis.Rating);
        Assert.Equal(
            (RatingSource.Published, "ผ่านดีเยี่ยม", null),
            (analysis.Official!.Source, analysis.Official.PublishedLabel, analysis.Official.ComputedLabel)
        );
        Assert.False(analysis.Official.Conflicting);
    }

    [Fact]
    public void A_published_rating_the_scores_contradict_is_official_and_the_computed_one_is_kept_beside_it()
    {
        // IIT 84.99 keeps the seed's 2568 scores at ผ่าน.
        var analysis = Analyse(new RecordedBuilder().WithPublishedRating("ผ่านดี").Build());

        Assert.Equal("ผ่านดี", analysis.Rating);
        Assert.Equal(
            ("ผ่านดี", "ผ่าน", true),
            (analysis.Official!.PublishedLabel, analysis.Official.ComputedLabel, analysis.Official.Conflicting)
        );
    }

    [Fact]
    public void Refuses_an_assessment_with_neither_a_total_nor_every_tool()
    {
        var recorded = new RecordedBuilder()
            .WithTotal(null)
            .WithoutTools()
            .WithoutIndicator(9)
            .WithoutIndicator(10)
            .Build();

        Assert.Throws<ValidationException>(() => Analyse(recorded));
    }

    [Fact]
    public void Refuses_an_assessment_without_any_score()
    {
        var recorded = new RecordedBuilder().WithTotal(null).WithoutTools().WithoutIndicators().Build();

        Assert.Throws<ValidationException>(() => Analyse(recorded));
    }

    [Fact]
    public void Refuses_an_indicator_the_years_code_book_does_not_have()
    {
        var recorded = new RecordedBuilder().WithIndicator(11, 90m).Build();

        var error = Assert.Throws<ValidationException>(() => Analyse(recorded));
        Assert.Contains("11", error.Message, StringComparison.Ordinal);
    }

    // Rating boundaries: AA–F up to 2565 (the total alone), pass bands from 2566 (the total and every tool).

    [Theory]
    [InlineData("95.00", "AA")]
    [InlineData("94.99", "A")]
    [InlineData("85.00", "A")]
    [InlineData("84.99", "B")]
    [InlineData("75.00", "B")]
    [InlineData("74.99", "C")]
    [InlineData("50.00", "E")]
    [InlineData("49.99", "F")]
    [InlineData("0", "F")]
    public void Rates_2565_on_the_total_alone(string total, string rating)
    {
        var analysis = Analyse(new RecordedBuilder().ForYear(2565).TotalOnly(D(total)).Build());

        Assert.Equal(rating, analysis.Rating);
    }

    [Theory]
    [InlineData(2562)]
    [InlineData(2565)]
    public void Rates_AA_from_95_in_the_AA_to_F_years_whatever_the_tool_scores(int fiscalYear)
    {
        var analysis = Analyse(
            new RecordedBuilder().ForYear(fiscalYear).WithTotal(95.00m).WithToolsOnly(99m, 99m, 70m).Build()
        );

        Assert.Equal("AA", analysis.Rating);
    }

    [Theory]
    [InlineData(2566, "94.64", "95", "84.99", "99", "ผ่าน")]
    [InlineData(2568, "94.64", "95", "84.99", "99", "ผ่าน")]
    [InlineData(2569, "94.64", "95", "84.99", "99", "ผ่าน")]
    [InlineData(2566, "95.00", "95", "95", "95", "ผ่านดีเยี่ยม")]
    [InlineData(2566, "99.00", "94.99", "100", "100", "ผ่านดี")]
    [InlineData(2566, "85.00", "85", "85", "85", "ผ่านดี")]
    [InlineData(2566, "84.99", "95", "95", "95", "ต้องปรับปรุง")]
    [InlineData(2566, "70.00", "70", "70", "70", "ต้องปรับปรุง")]
    [InlineData(2566, "69.99", "70", "70", "70", "ต้องปรับปรุงโดยด่วน")]
    public void Rates_from_2566_on_the_total_and_every_tools_score(
        int fiscalYear,
        string total,
        string iit,
        string eit,
        string oit,
        string rating
    )
    {
        var analysis = Analyse(
            new RecordedBuilder().ForYear(fiscalYear).WithTotal(D(total)).WithToolsOnly(D(iit), D(eit), D(oit)).Build()
        );

        Assert.Equal(rating, analysis.Rating);
    }

    [Theory]
    [InlineData("85.00", true)]
    [InlineData("84.99", false)]
    public void Passes_from_85(string total, bool passed)
    {
        var analysis = Analyse(new RecordedBuilder().TotalOnly(D(total)).Build());

        Assert.Equal(passed, analysis.Passed);
    }
}
