using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Testing;

/// <summary>
/// An <see cref="AssessmentAnalysed"/>; by default the seed organisation's FY 2568 analysis, revision 1, as the seed
/// document shows it: total 85.71 "ผ่าน", 4.46 below FY 2567's 90.17, indicators 4 (urgent, its weakest item i10),
/// 5, 10, 7 and 8 (to develop) below the pass mark, names and tools from the year's code book.
/// </summary>
/// <param name="organisation">
/// The seed organisation when null; a test project whose expected texts print the seed under another code gives it.
/// </param>
public sealed class AnalysisBuilder(OrganisationInfo? organisation = null)
{
    /// <summary>The seed analysis's id, which <see cref="PlanBuilder"/>'s plan answers.</summary>
    public static Guid SeedAnalysisId { get; } = Guid.Parse("6b1f3c2e-6c1a-4c55-9d51-2a6a2f0b8e01");

    // The seed document's urgent line; below the pass mark and not below this, an indicator is to develop.
    private const decimal UrgentBelow = 75m;

    private static readonly ItemResult SeedWeakestItem = new()
    {
        Code = "i10",
        Label = "การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้อง",
        Indicator = 4,
        Score = 45.92m,
        Classification = FindingClass.Urgent,
        Reason = "ต่ำกว่า 50 คะแนน",
    };

    private Guid _analysisId = SeedAnalysisId;
    private OrganisationInfo _organisation = organisation ?? Organisations.MaeChan;
    private int _fiscalYear = SeedScores.FiscalYear;
    private int _revision = 1;
    private decimal _total = SeedScores.Total;
    private string? _rating = "ผ่าน";
    private bool _passed = true;
    private OfficialRating? _official;
    private IReadOnlyList<ToolScore> _tools = SeedScores.Tools;
    private readonly SortedDictionary<int, decimal> _indicators = new(
        SeedScores.Indicators.ToDictionary(i => i.Indicator, i => i.Score)
    );
    private readonly Dictionary<int, string> _names = [];
    private bool _classified = true;
    private decimal? _previousTotal = SeedScores.PreviousYearTotal;
    private decimal? _change = -4.46m;
    private bool _itemDetail;

    /// <summary>
    /// Another analysis of the seed scores, with weak flags only: no class, reason or weakest item, as analyses were
    /// sent before the classification existed, and an AnalysisId of its own, as analysis gives each. For consumers
    /// whose tests tell analyses apart by id, or give the classes they need themselves.
    /// </summary>
    public static AnalysisBuilder WeakFlagsOnly() => new() { _analysisId = Guid.NewGuid(), _classified = false };

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

    public AnalysisBuilder WithOrganisation(OrganisationInfo organisation)
    {
        _organisation = organisation;
        return this;
    }

    public AnalysisBuilder WithOrganisation(Func<OrganisationInfo, OrganisationInfo> change)
    {
        _organisation = change(_organisation);
        return this;
    }

    public AnalysisBuilder WithTotal(decimal total, string rating, bool passed)
    {
        _total = total;
        _rating = rating;
        _passed = passed;
        return this;
    }

    /// <summary>The official rating as analysis decided it; the rating and pass follow it.</summary>
    public AnalysisBuilder WithOfficial(decimal total, OfficialRating official)
    {
        _total = total;
        _official = official;
        _rating = official.Label;
        _passed = official.Passed;
        return this;
    }

    public AnalysisBuilder WithPrevious(decimal? previousTotal, decimal? change)
    {
        _previousTotal = previousTotal;
        _change = change;
        return this;
    }

    /// <summary>Replaces the indicator's score, or adds the indicator when it is not there.</summary>
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

    /// <summary>A name other than the code book's, e.g. one a document must escape or wrap.</summary>
    public AnalysisBuilder WithIndicatorName(int indicator, string name)
    {
        _names[indicator] = name;
        return this;
    }

    /// <summary>Tool scores and no indicator, so nothing to propose.</summary>
    public AnalysisBuilder WithoutIndicators()
    {
        _indicators.Clear();
        return this;
    }

    /// <summary>A published total only: no tool or indicator.</summary>
    public AnalysisBuilder WithTotalOnly()
    {
        _tools = [];
        _indicators.Clear();
        return this;
    }

    /// <summary>
    /// With the detail analysis sends and the analysis document does not print: the item list, the year-on-year
    /// changes of a tool, an indicator and the weakest item, and a recommended measure.
    /// </summary>
    public AnalysisBuilder WithItemDetail()
    {
        _itemDetail = true;
        return this;
    }

    public AssessmentAnalysed Build()
    {
        var book = new CodeBookStore().Find(_fiscalYear)!;
        var analysis = new AssessmentAnalysed
        {
            AnalysisId = _analysisId,
            Organisation = _organisation,
            FiscalYear = _fiscalYear,
            Revision = _revision,
            Total = _total,
            Rating = _rating,
            Official = _official,
            Passed = _passed,
            PassMark = book.PassMark,
            Tools = [.. _tools],
            Indicators = [.. _indicators.Select(i => Result(book, i.Key, i.Value))],
            WeakestIndicator = _indicators.Count == 0 ? null : _indicators.MinBy(i => i.Value).Key,
            PreviousYearTotal = _previousTotal,
            ChangeFromPreviousYear = _change,
            AnalysedAtUtc = new DateTime(2025, 11, 20, 3, 0, 0, DateTimeKind.Utc),
        };
        return _itemDetail ? WithDetail(analysis) : analysis;
    }

    private static AssessmentAnalysed WithDetail(AssessmentAnalysed analysis) =>
        analysis with
        {
            Items = [SeedWeakestItem],
            ToolChanges = [Change("IIT", 82.4m, SeedScores.Tools.Single(t => t.Tool == "IIT").Score)],
            IndicatorChanges = [Change("4", 75m, SeedScores.Indicators.Single(i => i.Indicator == 4).Score)],
            ItemChanges = [Change("iit-asset-borrow-proper", 50m, SeedWeakestItem.Score)],
            RecommendedMeasures =
            [
                new RecommendedMeasure
                {
                    Id = "asset-borrowing-rules",
                    CatalogueVersion = 1,
                    Indicator = 4,
                    Title = "สร้างการรับรู้แนวปฏิบัติการใช้ทรัพย์สินของราชการ",
                    Finding = "ข้อ i10 ได้ 45.92 คะแนน",
                    Steps = ["แต่งตั้งผู้รับผิดชอบดูแลทรัพย์สิน", "จัดทำคู่มือการขออนุญาตใช้ทรัพย์สิน"],
                },
            ],
        };

    private static ScoreChange Change(string key, decimal previous, decimal current) =>
        new()
        {
            Key = key,
            Previous = previous,
            Current = current,
            Change = current - previous,
        };

    private IndicatorResult Result(CodeBook book, int indicator, decimal score)
    {
        var known = book.Indicator(indicator)!;
        var result = new IndicatorResult
        {
            Indicator = indicator,
            Name = _names.GetValueOrDefault(indicator, known.Name),
            Tool = known.Tool,
            Score = score,
            Weak = score < book.PassMark,
        };
        if (!_classified)
            return result;
        return result with
        {
            Classification =
                score < UrgentBelow ? FindingClass.Urgent
                : score < book.PassMark ? FindingClass.Develop
                : FindingClass.Maintain,
            Reason =
                score < book.PassMark
                    ? $"ได้ {score} คะแนน ต่ำกว่าเกณฑ์ {book.PassMark} คะแนน"
                    : $"ได้ {score} คะแนน ไม่ต่ำกว่าเกณฑ์ {book.PassMark} คะแนน",
            WeakestItems = indicator == SeedWeakestItem.Indicator ? [SeedWeakestItem] : [],
        };
    }
}
