using System.Globalization;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Contracts.Tests;

/// <summary>
/// The official rating of every fiscal year 2562–2569, from each kind of score sheet: a total only, a total with the
/// three tools, indicators only; each without and with a published label (agreeing, conflicting, and one the year
/// does not have).
/// </summary>
public class OfficialRatingTableTests
{
    private static readonly CodeBookStore Shipped = new();

    private static CodeBook Book(int year) => Shipped.Find(year)!;

    private static OfficialRating Decide(int year, AssessmentScores given, string? published)
    {
        var book = Book(year);
        var scores = ScoreCalculator.Complete(given, book).Scores;
        return OfficialRating.Decide(book, scores.Total!.Value, scores.Tools, published);
    }

    private static AssessmentScores TotalOnly(string total) => new() { Total = D(total) };

    private static AssessmentScores WithTools(string total, string iit, string eit, string oit) =>
        new()
        {
            Total = D(total),
            Tools =
            [
                new ToolScore { Tool = "IIT", Score = D(iit) },
                new ToolScore { Tool = "EIT", Score = D(eit) },
                new ToolScore { Tool = "OIT", Score = D(oit) },
            ],
        };

    /// <summary>Every indicator at the same score, so each tool and the total come out at that score.</summary>
    private static AssessmentScores Indicators(string score) =>
        new()
        {
            Indicators =
            [
                .. Enumerable.Range(1, 10).Select(i => new IndicatorScore { Indicator = i, Score = D(score) }),
            ],
        };

    private static decimal D(string text) => decimal.Parse(text, CultureInfo.InvariantCulture);

    // year, total, label the total alone settles ("" when it settles none), the labels still possible
    public static TheoryData<int, string, string, string> TotalOnlyTable =>
        new()
        {
            { 2562, "97.90", "AA", "AA" },
            { 2562, "86.00", "A", "A" },
            { 2562, "52.00", "E", "E" },
            { 2563, "97.90", "AA", "AA" },
            { 2563, "76.00", "B", "B" },
            { 2564, "97.90", "AA", "AA" },
            { 2564, "66.00", "C", "C" },
            { 2565, "97.90", "AA", "AA" },
            { 2565, "40.00", "F", "F" },
            { 2566, "97.90", "", "ผ่านดีเยี่ยม|ผ่านดี|ผ่าน" },
            { 2566, "90.00", "", "ผ่านดี|ผ่าน" },
            { 2566, "80.00", "ต้องปรับปรุง", "ต้องปรับปรุง" },
            { 2567, "99.70", "", "ผ่านดีเยี่ยม|ผ่านดี|ผ่าน" },
            { 2567, "60.00", "ต้องปรับปรุงโดยด่วน", "ต้องปรับปรุงโดยด่วน" },
            { 2568, "99.06", "", "ผ่านดีเยี่ยม|ผ่านดี|ผ่าน" },
            { 2568, "85.00", "", "ผ่านดี|ผ่าน" },
            { 2568, "84.99", "ต้องปรับปรุง", "ต้องปรับปรุง" },
            { 2569, "97.90", "", "ผ่านดีเยี่ยม|ผ่านดี|ผ่าน" },
            { 2569, "70.00", "ต้องปรับปรุง", "ต้องปรับปรุง" },
        };

    [Theory]
    [MemberData(nameof(TotalOnlyTable))]
    public void A_total_only_without_a_published_label_is_computed_where_it_settles_the_rating_and_undetermined_otherwise(
        int year,
        string total,
        string settled,
        string possible
    )
    {
        var rating = Decide(year, TotalOnly(total), published: null);

        Assert.Equal(possible.Split('|'), rating.PossibleLabels);
        Assert.Equal(D(total) >= Book(year).PassMark, rating.Passed);
        if (settled.Length == 0)
        {
            Assert.Equal(RatingSource.Undetermined, rating.Source);
            Assert.Null(rating.Label);
            Assert.Null(rating.ComputedLabel);
        }
        else
        {
            Assert.Equal(RatingSource.Computed, rating.Source);
            Assert.Equal(settled, rating.Label);
            Assert.Equal(settled, rating.ComputedLabel);
        }
    }

    // year, total, a published label the year has that the total allows
    public static TheoryData<int, string, string> TotalOnlyPublishedTable =>
        new()
        {
            { 2562, "97.90", "AA" },
            { 2563, "86.00", "A" },
            { 2564, "97.90", "AA" },
            { 2565, "76.00", "B" },
            { 2566, "97.90", "ผ่านดี" },
            { 2567, "99.70", "ผ่านดีเยี่ยม" },
            { 2568, "99.06", "ผ่านดีเยี่ยม" },
            { 2569, "90.00", "ผ่าน" },
        };

    [Theory]
    [MemberData(nameof(TotalOnlyPublishedTable))]
    public void A_total_only_with_a_published_label_takes_the_published_label(int year, string total, string published)
    {
        var rating = Decide(year, TotalOnly(total), published);

        Assert.Equal(RatingSource.Published, rating.Source);
        Assert.Equal(published, rating.Label);
        Assert.Equal(published, rating.PublishedLabel);
        Assert.False(rating.Conflicting);
        Assert.Null(rating.ConflictMessage());
    }

    // year, total, iit, eit, oit, the label the scores settle
    public static TheoryData<int, string, string, string, string, string> WithToolsTable =>
        new()
        {
            { 2562, "95.00", "90", "96", "99", "AA" },
            { 2563, "94.99", "99", "99", "90", "A" },
            { 2564, "84.99", "90", "80", "85", "B" },
            { 2565, "49.99", "40", "60", "50", "F" },
            { 2566, "97.90", "96", "98", "99", "ผ่านดีเยี่ยม" },
            { 2567, "95.81", "96", "94", "97", "ผ่านดี" },
            { 2568, "94.64", "98.78", "84.99", "98.77", "ผ่าน" },
            { 2569, "69.99", "60", "70", "80", "ต้องปรับปรุงโดยด่วน" },
        };

    [Theory]
    [MemberData(nameof(WithToolsTable))]
    public void A_total_with_the_tools_is_computed_with_the_tool_conditions(
        int year,
        string total,
        string iit,
        string eit,
        string oit,
        string expected
    )
    {
        var rating = Decide(year, WithTools(total, iit, eit, oit), published: null);

        Assert.Equal(RatingSource.Computed, rating.Source);
        Assert.Equal(expected, rating.Label);
        Assert.Equal([expected], rating.PossibleLabels);
    }

    [Theory]
    [MemberData(nameof(WithToolsTable))]
    public void A_total_with_the_tools_and_the_same_published_label_agrees(
        int year,
        string total,
        string iit,
        string eit,
        string oit,
        string expected
    )
    {
        var rating = Decide(year, WithTools(total, iit, eit, oit), expected);

        Assert.Equal(RatingSource.Published, rating.Source);
        Assert.Equal(expected, rating.Label);
        Assert.Equal(expected, rating.ComputedLabel);
        Assert.False(rating.Conflicting);
    }

    // year, iit, eit, oit, total (all three scored), the computed label, a published label that conflicts with it
    public static TheoryData<int, string, string, string, string, string, string> ConflictTable =>
        new()
        {
            { 2562, "90", "90", "90", "90.00", "A", "AA" },
            { 2563, "70", "70", "70", "70.00", "C", "B" },
            { 2564, "96", "96", "96", "96.00", "AA", "A" },
            { 2565, "50", "50", "50", "50.00", "E", "D" },
            { 2566, "96", "90", "99", "95.50", "ผ่านดี", "ผ่านดีเยี่ยม" },
            { 2567, "99", "80", "99", "93.00", "ผ่าน", "ผ่านดี" },
            { 2568, "99.06", "99.06", "99.06", "99.06", "ผ่านดีเยี่ยม", "ผ่าน" },
            { 2569, "80", "80", "80", "80.00", "ต้องปรับปรุง", "ผ่าน" },
        };

    [Theory]
    [MemberData(nameof(ConflictTable))]
    public void A_published_label_that_conflicts_with_the_scores_is_official_and_both_labels_are_kept(
        int year,
        string iit,
        string eit,
        string oit,
        string total,
        string computed,
        string published
    )
    {
        var rating = Decide(year, WithTools(total, iit, eit, oit), published);

        Assert.Equal(RatingSource.Published, rating.Source);
        Assert.Equal(published, rating.Label);
        Assert.Equal(published, rating.PublishedLabel);
        Assert.Equal(computed, rating.ComputedLabel);
        Assert.True(rating.Conflicting);
        var message = rating.ConflictMessage()!;
        Assert.Contains(published, message, StringComparison.Ordinal);
        Assert.Contains(computed, message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_published_label_outside_the_labels_a_total_alone_allows_conflicts_with_them()
    {
        var rating = Decide(2568, TotalOnly("97.90"), "ต้องปรับปรุง");

        Assert.Equal("ต้องปรับปรุง", rating.Label);
        Assert.True(rating.Conflicting);
        Assert.Contains("ผ่านดีเยี่ยม / ผ่านดี / ผ่าน", rating.ConflictMessage()!, StringComparison.Ordinal);
    }

    // year, the score of every indicator, the label the scores settle
    public static TheoryData<int, string, string> IndicatorsTable =>
        new()
        {
            { 2562, "96", "AA" },
            { 2563, "88", "A" },
            { 2564, "72", "C" },
            { 2565, "56", "D" },
            { 2566, "96", "ผ่านดีเยี่ยม" },
            { 2567, "90", "ผ่านดี" },
            { 2568, "84", "ต้องปรับปรุง" },
            { 2569, "20", "ต้องปรับปรุงโดยด่วน" },
        };

    [Theory]
    [MemberData(nameof(IndicatorsTable))]
    public void Indicators_only_give_the_tools_and_the_total_so_the_rating_is_computed(
        int year,
        string score,
        string expected
    )
    {
        var without = Decide(year, Indicators(score), published: null);
        var agreeing = Decide(year, Indicators(score), expected);

        Assert.Equal((RatingSource.Computed, expected), (without.Source, without.Label));
        Assert.Equal(
            (RatingSource.Published, expected, false),
            (agreeing.Source, agreeing.Label, agreeing.Conflicting)
        );
    }

    // year, a label the year's scheme does not have
    public static TheoryData<int, string> UnknownLabels =>
        new()
        {
            { 2562, "ผ่านดี" },
            { 2563, "A+" },
            { 2564, "ผ่าน" },
            { 2565, "G" },
            { 2566, "AA" },
            { 2567, "ผ่านดีมาก" },
            { 2568, "AA" },
            { 2569, "ผ่านดีเยียม" },
        };

    [Theory]
    [MemberData(nameof(UnknownLabels))]
    public void A_label_the_year_does_not_have_is_not_found_and_is_never_official(int year, string label)
    {
        var book = Book(year);
        var rating = OfficialRating.Decide(book, 97.9m, [], label);

        Assert.Null(book.Rating.Find(label));
        Assert.NotEqual(RatingSource.Published, rating.Source);
        Assert.NotEqual(label, rating.Label);
        var message = OfficialRating.UnknownLabelMessage(book, label);
        Assert.Contains(label, message, StringComparison.Ordinal);
        Assert.Contains(year.ToString(CultureInfo.InvariantCulture), message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2565, "aa", "AA")]
    [InlineData(2568, " ผ่าน ดี ", "ผ่านดี")]
    public void A_published_label_is_read_in_the_scheme_s_own_spelling(int year, string given, string expected)
    {
        Assert.Equal(expected, Book(year).Rating.Find(given));
    }

    [Theory]
    [InlineData("97.90", true, "ผ่านเกณฑ์ (คะแนน 97.90)")]
    [InlineData("84.00", false, "ไม่ผ่านเกณฑ์ (คะแนน 84.00)")]
    public void An_undetermined_rating_is_worded_as_pass_or_fail_with_the_total_and_no_sub_level(
        string total,
        bool passed,
        string expected
    )
    {
        var rating = new OfficialRating
        {
            Source = RatingSource.Undetermined,
            PossibleLabels = ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"],
            Passed = passed,
        };

        Assert.Equal(expected, rating.Wording(D(total), t => t.ToString("0.00", CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void A_published_rating_is_worded_as_its_label_even_when_the_scores_say_otherwise()
    {
        var rating = Decide(2568, WithTools("94.64", "98.78", "84.99", "98.77"), "ผ่านดี");

        Assert.Equal("ผ่านดี", rating.Wording(94.64m, t => t.ToString(CultureInfo.InvariantCulture)));
    }
}
