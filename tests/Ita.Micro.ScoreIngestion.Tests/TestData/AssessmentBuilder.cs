using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Tests.TestData;

/// <summary>A submitted assessment; by default the seed organisation's FY 2568 row of docs/samples/mae-chan.json.</summary>
public sealed class AssessmentBuilder
{
    private OrganisationInfo _organisation = Organisations.MaeChan;
    private int _fiscalYear = 2568;
    private string? _publishedRating = "ผ่าน";
    private decimal? _total = 85.71m;
    private List<ToolScore> _tools = [Tool("IIT", 84.99m), Tool("EIT", 85.71m), Tool("OIT", 86.25m)];
    private List<IndicatorScore> _indicators =
    [
        Indicator(1, 87.79m),
        Indicator(2, 87.70m),
        Indicator(3, 97.18m),
        Indicator(4, 72.30m),
        Indicator(5, 80.00m),
        Indicator(6, 88.64m),
        Indicator(7, 84.01m),
        Indicator(8, 84.53m),
        Indicator(9, 92.50m),
        Indicator(10, 80.00m),
    ];
    private List<ItemScore> _items = [];

    /// <summary>The seed organisation's FY 2567 row: a published total only.</summary>
    public static AssessmentBuilder PreviousYear() =>
        new AssessmentBuilder().ForYear(2567).TotalOnly(90.17m).WithPublishedRating(null);

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
