using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Tests.TestData;

/// <summary>An <see cref="AssessmentRecorded"/>; by default the seed organisation's FY 2568, revision 1.</summary>
public sealed class RecordedBuilder
{
    private OrganisationInfo _organisation = Organisations.MaeChan;
    private int _fiscalYear = SeedScores.FiscalYear;
    private int _revision = 1;
    private decimal? _total = SeedScores.Total;
    private decimal? _previousYearTotal = SeedScores.PreviousYearTotal;
    private string? _publishedRating;
    private List<ToolScore> _tools = [.. SeedScores.Tools];
    private List<IndicatorScore> _indicators = [.. SeedScores.Indicators];

    public RecordedBuilder ForYear(int fiscalYear)
    {
        _fiscalYear = fiscalYear;
        return this;
    }

    public RecordedBuilder WithRevision(int revision)
    {
        _revision = revision;
        return this;
    }

    public RecordedBuilder WithOrganisation(Func<OrganisationInfo, OrganisationInfo> change)
    {
        _organisation = change(_organisation);
        return this;
    }

    public RecordedBuilder WithTotal(decimal? total)
    {
        _total = total;
        return this;
    }

    public RecordedBuilder WithPreviousYearTotal(decimal? total)
    {
        _previousYearTotal = total;
        return this;
    }

    /// <summary>Only a published total: no tool or indicator scores.</summary>
    public RecordedBuilder TotalOnly(decimal total)
    {
        _total = total;
        _tools = [];
        _indicators = [];
        return this;
    }

    /// <summary>The given tool scores and no indicator scores.</summary>
    public RecordedBuilder WithToolsOnly(decimal iit, decimal eit, decimal oit)
    {
        _tools = [Tool("IIT", iit), Tool("EIT", eit), Tool("OIT", oit)];
        _indicators = [];
        return this;
    }

    public RecordedBuilder WithoutTools()
    {
        _tools = [];
        return this;
    }

    public RecordedBuilder WithoutIndicators()
    {
        _indicators = [];
        return this;
    }

    /// <summary>Replaces the indicator's score, or adds it when it is not there.</summary>
    public RecordedBuilder WithIndicator(int indicator, decimal score)
    {
        var at = _indicators.FindIndex(i => i.Indicator == indicator);
        if (at < 0)
            _indicators.Add(Indicator(indicator, score));
        else
            _indicators[at] = Indicator(indicator, score);
        return this;
    }

    public RecordedBuilder WithoutIndicator(int indicator)
    {
        _indicators.RemoveAll(i => i.Indicator == indicator);
        return this;
    }

    public RecordedBuilder WithPublishedRating(string? rating)
    {
        _publishedRating = rating;
        return this;
    }

    public AssessmentRecorded Build() =>
        new()
        {
            AssessmentId = Guid.NewGuid(),
            Organisation = _organisation,
            FiscalYear = _fiscalYear,
            Revision = _revision,
            Scores = new AssessmentScores
            {
                Total = _total,
                Tools = [.. _tools],
                Indicators = [.. _indicators],
            },
            PublishedRating = _publishedRating,
            PreviousYearTotal = _previousYearTotal,
            ImportId = Guid.NewGuid(),
            RecordedAtUtc = new DateTime(2025, 11, 22, 3, 0, 0, DateTimeKind.Utc),
        };

    private static ToolScore Tool(string tool, decimal score) => new() { Tool = tool, Score = score };

    private static IndicatorScore Indicator(int indicator, decimal score) =>
        new() { Indicator = indicator, Score = score };
}
