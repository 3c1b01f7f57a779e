using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Proposes one measure for each weak indicator of an analysis, weakest first. Officers own the plan afterwards;
/// these proposals are where they start.
/// </summary>
public static class PlanDrafter
{
    public static IReadOnlyList<ProposedMeasure> Propose(AssessmentAnalysed analysis)
    {
        var planYear = analysis.FiscalYear + 1;
        return analysis.Indicators
            .Where(i => i.Weak)
            .OrderBy(i => i.Score).ThenBy(i => i.Indicator)
            .Select((indicator, index) => new ProposedMeasure
            {
                Order = index + 1,
                Title = $"มาตรการยกระดับ{indicator.Name} (ตัวชี้วัดที่ {indicator.Indicator})",
                Indicator = indicator.Indicator,
                IndicatorName = indicator.Name,
                Finding = $"ตัวชี้วัดที่ {indicator.Indicator} {indicator.Name} ได้ {indicator.Score:0.00} คะแนน " +
                          $"ต่ำกว่าเกณฑ์ {analysis.PassMark:0.##} คะแนน ในปีงบประมาณ พ.ศ. {analysis.FiscalYear}",
                ResponsibleUnit = "สำนักปลัด",
                Period = $"ตลอดปีงบประมาณ พ.ศ. {planYear} (1 ตุลาคม {planYear - 1} – 30 กันยายน {planYear})",
            })
            .ToList();
    }
}
