using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.MeasureTracking.Tests.TestData;

/// <summary>
/// An <see cref="AssessmentAnalysed"/>; by default the seed organisation's FY 2568 analysis, revision 1: weak
/// indicators 4 (72.30), 5 (80.00), 10 (80.00), 7 (84.01) and 8 (84.53), weakest first.
/// </summary>
public sealed class AnalysisBuilder
{
    private OrganisationInfo _organisation = Organisations.MaeChan;
    private int _fiscalYear = 2568;
    private int _revision = 1;
    private Guid _analysisId = Guid.NewGuid();
    private readonly SortedDictionary<int, decimal> _indicators = new()
    {
        [1] = 87.79m,
        [2] = 87.70m,
        [3] = 97.18m,
        [4] = 72.30m,
        [5] = 80.00m,
        [6] = 88.64m,
        [7] = 84.01m,
        [8] = 84.53m,
        [9] = 92.50m,
        [10] = 80.00m,
    };

    public AnalysisBuilder ForYear(int fiscalYear)
    {
        _fiscalYear = fiscalYear;
        return this;
    }

    /// <summary>Another analysis (a new AnalysisId) of the given revision.</summary>
    public AnalysisBuilder WithRevision(int revision)
    {
        _revision = revision;
        _analysisId = Guid.NewGuid();
        return this;
    }

    public AnalysisBuilder WithOrganisation(Func<OrganisationInfo, OrganisationInfo> change)
    {
        _organisation = change(_organisation);
        return this;
    }

    public AnalysisBuilder WithIndicator(int indicator, decimal score)
    {
        _indicators[indicator] = score;
        return this;
    }

    /// <summary>Every indicator at the given score.</summary>
    public AnalysisBuilder WithAllIndicatorsAt(decimal score)
    {
        foreach (var indicator in _indicators.Keys.ToList())
            _indicators[indicator] = score;
        return this;
    }

    /// <summary>A published total only: no indicator, so nothing to propose.</summary>
    public AnalysisBuilder WithoutIndicators()
    {
        _indicators.Clear();
        return this;
    }

    public AssessmentAnalysed Build()
    {
        var book = new CodeBookStore().Find(_fiscalYear)!;
        return new AssessmentAnalysed
        {
            AnalysisId = _analysisId,
            Organisation = _organisation,
            FiscalYear = _fiscalYear,
            Revision = _revision,
            Total = 85.71m,
            Rating = "ผ่าน",
            Passed = true,
            PassMark = book.PassMark,
            Tools =
            [
                new ToolScore { Tool = "IIT", Score = 84.99m },
                new ToolScore { Tool = "EIT", Score = 85.71m },
                new ToolScore { Tool = "OIT", Score = 86.25m },
            ],
            Indicators =
            [
                .. _indicators.Select(i => new IndicatorResult
                {
                    Indicator = i.Key,
                    Name = book.Indicator(i.Key)!.Name,
                    Tool = book.Indicator(i.Key)!.Tool,
                    Score = i.Value,
                    Weak = i.Value < book.PassMark,
                }),
            ],
            WeakestIndicator = _indicators.Count == 0 ? null : _indicators.MinBy(i => i.Value).Key,
            PreviousYearTotal = 90.17m,
            ChangeFromPreviousYear = -4.46m,
            AnalysedAtUtc = new DateTime(2025, 11, 22, 4, 0, 0, DateTimeKind.Utc),
        };
    }
}
