using Ita.Micro.DocumentRendering.Model;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>A provincial summary of three organisations in ตาก for FY 2568.</summary>
public static class Summaries
{
    private static List<IndicatorScoreEntry> Scores(decimal assets, decimal prevention) =>
        [new(4, "การใช้ทรัพย์สินของราชการ", assets), new(7, "ประสิทธิภาพการสื่อสาร", 90m), new(10, "การป้องกันการทุจริต", prevention)];

    public static SummaryData Province() => new(2568, "ตาก",
    [
        new("5630501", "เทศบาลตำบลแม่จัน", "ตาก", 85.71m, "A", true, Scores(72.3m, 40m), PlanStage.Published, true, false),
        new("5630502", "องค์การบริหารส่วนตำบลโมโกร", "ตาก", 96.10m, "AA", true, Scores(95m, 60m), PlanStage.Approved, false, false),
        new("5630503", "องค์การบริหารส่วนตำบลแม่จัน", "ตาก", null, null, null, [], PlanStage.None, false, false),
    ]);
}
