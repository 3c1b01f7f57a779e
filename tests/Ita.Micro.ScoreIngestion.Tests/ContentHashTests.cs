using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ScoreIngestion.Tests.TestData;

namespace Ita.Micro.ScoreIngestion.Tests;

public sealed class ContentHashTests
{
    private static string Hash(SubmittedAssessment a) =>
        ContentHash.Of(a.Organisation.Code, a.FiscalYear, a.PublishedRating, a.Scores);

    [Fact]
    public void Is_the_same_for_the_same_scores_listed_in_another_order()
    {
        var listed = new AssessmentBuilder().WithItem("i1", 90m).WithItem("O1", 100m).Build();
        var reversed = new AssessmentBuilder().WithItem("i1", 90m).WithItem("O1", 100m).Reversed().Build();

        Assert.NotEqual(listed.Scores.Indicators[0], reversed.Scores.Indicators[0]);
        Assert.Equal(Hash(listed), Hash(reversed));
    }

    [Fact]
    public void Is_the_same_for_a_tool_code_in_another_case()
    {
        var upper = new AssessmentBuilder().Build();
        var lower = upper with
        {
            Scores = upper.Scores with
            {
                Tools = [.. upper.Scores.Tools.Select(t => t with { Tool = t.Tool.ToLowerInvariant() })],
            },
        };

        Assert.Equal(Hash(upper), Hash(lower));
    }

    [Fact]
    public void Differs_when_an_indicator_score_changes_by_one_hundredth()
    {
        Assert.NotEqual(
            Hash(new AssessmentBuilder().Build()),
            Hash(new AssessmentBuilder().WithIndicator(4, 72.31m).Build())
        );
    }

    [Fact]
    public void Differs_when_the_total_changes()
    {
        Assert.NotEqual(Hash(new AssessmentBuilder().Build()), Hash(new AssessmentBuilder().WithTotal(85.72m).Build()));
    }

    [Fact]
    public void Differs_when_a_tool_score_changes()
    {
        Assert.NotEqual(
            Hash(new AssessmentBuilder().Build()),
            Hash(new AssessmentBuilder().WithTool("IIT", 85.00m).Build())
        );
    }

    [Fact]
    public void Differs_between_fiscal_years_and_organisations()
    {
        var seed = Hash(new AssessmentBuilder().Build());

        Assert.NotEqual(seed, Hash(new AssessmentBuilder().ForYear(2567).Build()));
        Assert.NotEqual(seed, Hash(new AssessmentBuilder().WithOrganisation(o => o with { Code = "5500101" }).Build()));
    }

    [Fact]
    public void Is_the_same_when_only_the_organisations_name_or_province_changes()
    {
        Assert.Equal(
            Hash(new AssessmentBuilder().Build()),
            Hash(
                new AssessmentBuilder()
                    .WithOrganisation(o => o with { Name = "เทศบาลเมืองแม่จัน", Province = "เชียงราย" })
                    .Build()
            )
        );
    }

    [Fact]
    public void Differs_when_the_published_rating_changes()
    {
        Assert.NotEqual(
            Hash(new AssessmentBuilder().Build()),
            Hash(new AssessmentBuilder().WithPublishedRating("ผ่านดี").Build())
        );
    }

    /// <summary>
    /// A score is a number: 80, 80.0 and 80.00 are the same score, so a sheet re-exported with another number
    /// format is the same content and must not make a new revision (and a new analysis and plan downstream).
    /// </summary>
    [Fact]
    public void Is_the_same_for_a_score_written_with_more_or_fewer_decimals()
    {
        var twoDecimals = new AssessmentBuilder()
            .WithTotal(86.00m)
            .WithIndicator(5, 80.00m)
            .WithTool("OIT", 86.25m)
            .Build();
        var noDecimals = new AssessmentBuilder().WithTotal(86m).WithIndicator(5, 80m).WithTool("OIT", 86.250m).Build();

        Assert.Equal(Hash(twoDecimals), Hash(noDecimals));
    }

    [Fact]
    public void Is_a_lower_case_hex_SHA_256()
    {
        Assert.Matches("^[0-9a-f]{64}$", Hash(new AssessmentBuilder().Build()));
    }

    [Fact]
    public void Is_stable_for_a_total_only_row()
    {
        var row = new SubmittedAssessment
        {
            Organisation = Organisations.MaeChan,
            FiscalYear = 2567,
            Scores = new AssessmentScores { Total = 90.17m },
        };

        Assert.Equal(Hash(row), Hash(AssessmentBuilder.PreviousYear().Build()));
    }
}
