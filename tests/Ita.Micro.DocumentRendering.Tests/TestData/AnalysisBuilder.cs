using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>
/// An analysis that defaults to the seed document's organisation: เทศบาลตำบลแม่จัน (อุ้มผาง, ตาก), FY 2568,
/// total 85.71 "ผ่าน", 4.46 below FY 2567's 90.17.
/// </summary>
public sealed class AnalysisBuilder
{
    private static readonly (int Number, string Name, string Tool, decimal Score)[] SeedIndicators =
    [
        (1, "การปฏิบัติหน้าที่", "IIT", 87.79m),
        (2, "การใช้งบประมาณ", "IIT", 87.70m),
        (3, "การใช้อำนาจ", "IIT", 97.18m),
        (4, "การใช้ทรัพย์สินของราชการ", "IIT", 72.30m),
        (5, "การแก้ไขปัญหาการทุจริต", "IIT", 80.00m),
        (6, "คุณภาพการดำเนินงาน", "EIT", 88.64m),
        (7, "ประสิทธิภาพการสื่อสาร", "EIT", 84.01m),
        (8, "การปรับปรุงระบบการทำงาน", "EIT", 84.53m),
        (9, "การเปิดเผยข้อมูล", "OIT", 92.50m),
        (10, "การป้องกันการทุจริต", "OIT", 80.00m),
    ];

    private OrganisationInfo _organisation = Organisations.MaeChan;
    private int _fiscalYear = 2568;
    private decimal _total = 85.71m;
    private string? _rating = "ผ่าน";
    private bool _passed = true;
    private IReadOnlyList<ToolScore> _tools =
    [
        new() { Tool = "IIT", Score = 84.99m },
        new() { Tool = "EIT", Score = 85.71m },
        new() { Tool = "OIT", Score = 86.25m },
    ];
    private IReadOnlyList<IndicatorResult> _indicators = SeedIndicators
        .Select(i => new IndicatorResult
        {
            Indicator = i.Number,
            Name = i.Name,
            Tool = i.Tool,
            Score = i.Score,
            Weak = i.Score < 85m,
            Classification =
                i.Score < 75m ? FindingClass.Urgent
                : i.Score < 85m ? FindingClass.Develop
                : FindingClass.Maintain,
            Reason =
                i.Score < 85m
                    ? $"ได้ {i.Score} คะแนน ต่ำกว่าเกณฑ์ 85 คะแนน"
                    : $"ได้ {i.Score} คะแนน ไม่ต่ำกว่าเกณฑ์ 85 คะแนน",
            WeakestItems =
                i.Number == 4
                    ?
                    [
                        new ItemResult
                        {
                            Code = "i10",
                            Label = "การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้อง",
                            Indicator = 4,
                            Score = 45.92m,
                            Classification = FindingClass.Urgent,
                            Reason = "ต่ำกว่า 50 คะแนน",
                        },
                    ]
                    : [],
        })
        .ToList();
    private int? _weakest = 4;
    private decimal? _previousTotal = 90.17m;
    private decimal? _change = -4.46m;
    private OfficialRating? _official;

    public AnalysisBuilder WithOrganisation(OrganisationInfo organisation)
    {
        _organisation = organisation;
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

    public AnalysisBuilder WithIndicatorName(int indicator, string name)
    {
        _indicators = _indicators.Select(i => i.Indicator == indicator ? i with { Name = name } : i).ToList();
        return this;
    }

    public AnalysisBuilder WithTotalOnly()
    {
        _tools = [];
        _indicators = [];
        _weakest = null;
        return this;
    }

    public AssessmentAnalysed Build() =>
        new()
        {
            AnalysisId = Guid.Parse("6b1f3c2e-6c1a-4c55-9d51-2a6a2f0b8e01"),
            Organisation = _organisation,
            FiscalYear = _fiscalYear,
            Revision = 1,
            Total = _total,
            Rating = _rating,
            Official = _official,
            Passed = _passed,
            PassMark = 85m,
            Tools = _tools,
            Indicators = _indicators,
            WeakestIndicator = _weakest,
            PreviousYearTotal = _previousTotal,
            ChangeFromPreviousYear = _change,
            AnalysedAtUtc = new DateTime(2025, 11, 20, 3, 0, 0, DateTimeKind.Utc),
        };
}
