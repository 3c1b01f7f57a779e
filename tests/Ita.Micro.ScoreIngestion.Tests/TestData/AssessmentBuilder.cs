using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Tests.TestData;

/// <summary>A submitted assessment; by default the seed organisation's FY 2568 row of docs/samples/mae-chan.json.</summary>
public sealed class AssessmentBuilder
{
    private OrganisationInfo _organisation = Organisations.MaeChan;
    private int _fiscalYear = SeedScores.FiscalYear;
    private string? _publishedRating = SeedScores.PublishedRating;
    private decimal? _total = SeedScores.Total;
    private List<ToolScore> _tools = [.. SeedScores.Tools];
    private List<IndicatorScore> _indicators = [.. SeedScores.Indicators];
    private List<ItemScore> _items = [];

    /// <summary>The seed organisation's FY 2567 row: a published total only.</summary>
    public static AssessmentBuilder PreviousYear() =>
        new AssessmentBuilder().ForYear(2567).TotalOnly(SeedScores.PreviousYearTotal).WithPublishedRating(null);

    public AssessmentBuilder WithOrganisation(Func<OrganisationInfo, OrganisationInfo> change)
    {
        _organisation = change(_organisation);
        return this;
    }

    public AssessmentBuilder ForYear(int fiscalYear)
    {
        _fiscalYear = fiscalYear;
        return this;
    }

    public AssessmentBuilder WithPublishedRating(string? rating)
    {
        _publishedRating = rating;
        return this;
    }

    public AssessmentBuilder WithTotal(decimal? total)
    {
        _total = total;
        return this;
    }

    public AssessmentBuilder TotalOnly(decimal total)
    {
        _total = total;
        _tools = [];
        _indicators = [];
        return this;
    }

    public AssessmentBuilder WithoutScores()
    {
        _total = null;
        _tools = [];
        _indicators = [];
        _items = [];
        return this;
    }

    /// <summary>Replaces the tool's score, or adds the tool at the end when it is not there.</summary>
    public AssessmentBuilder WithTool(string tool, decimal score)
    {
        var at = _tools.FindIndex(t => t.Tool == tool);
        if (at < 0)
            _tools.Add(Tool(tool, score));
        else
            _tools[at] = Tool(tool, score);
        return this;
    }

    /// <summary>Replaces the indicator's score, or adds the indicator at the end when it is not there.</summary>
    public AssessmentBuilder WithIndicator(int indicator, decimal score)
    {
        var at = _indicators.FindIndex(i => i.Indicator == indicator);
        if (at < 0)
            _indicators.Add(Indicator(indicator, score));
        else
            _indicators[at] = Indicator(indicator, score);
        return this;
    }

    public AssessmentBuilder WithItem(string code, decimal score)
    {
        _items.Add(new ItemScore { Code = code, Score = score });
        return this;
    }

    /// <summary>The same scores listed in the opposite order.</summary>
    public AssessmentBuilder Reversed()
    {
        _tools.Reverse();
        _indicators.Reverse();
        _items.Reverse();
        return this;
    }

    public SubmittedAssessment Build() =>
        new()
        {
            Organisation = _organisation,
            FiscalYear = _fiscalYear,
            PublishedRating = _publishedRating,
            Scores = new AssessmentScores
            {
                Total = _total,
                Tools = [.. _tools],
                Indicators = [.. _indicators],
                Items = [.. _items],
            },
        };

    private static ToolScore Tool(string tool, decimal score) => new() { Tool = tool, Score = score };

    private static IndicatorScore Indicator(int indicator, decimal score) =>
        new() { Indicator = indicator, Score = score };
}
