using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Proposes the plan's measures: the catalogue measures the analysis recommends, in its order of importance (or,
/// for an analysis without recommendations, one generic measure per weak indicator, weakest first). Officers own
/// the plan afterwards; these proposals are where they start.
/// </summary>
public static class PlanDrafter
{
    public static IReadOnlyList<ProposedMeasure> Propose(AssessmentAnalysed analysis)
    {
        var planYear = analysis.FiscalYear + 1;
        if (analysis.RecommendedMeasures.Count > 0)
            return FromCatalogue(analysis, planYear);

        // Analyses published before the measure catalogue existed carry no recommendations.
        return analysis
            .Indicators.Where(i => i.Weak)
            .OrderBy(i => i.Score)
            .ThenBy(i => i.Indicator)
            .Select(
                (indicator, index) =>
                    new ProposedMeasure
                    {
                        Order = index + 1,
                        Title = $"มาตรการยกระดับ{indicator.Name} (ตัวชี้วัดที่ {indicator.Indicator})",
                        Indicator = indicator.Indicator,
                        IndicatorName = indicator.Name,
                        // The analysis's paragraph is the finding as the seeds write it; older messages carry none.
                        Finding =
                            indicator.Narrative.Length > 0
                                ? indicator.Narrative
                                : $"ตัวชี้วัดที่ {indicator.Indicator} {indicator.Name} ได้ {indicator.Score:0.00} คะแนน "
                                    + $"ต่ำกว่าเกณฑ์ {analysis.PassMark:0.##} คะแนน ในปีงบประมาณ พ.ศ. {analysis.FiscalYear}",
                        ResponsibleUnit = "สำนักปลัด",
                        Period = $"ตลอดปีงบประมาณ พ.ศ. {planYear} (1 ตุลาคม {planYear - 1} – 30 กันยายน {planYear})",
                    }
            )
            .ToList();
    }

    private static IReadOnlyList<ProposedMeasure> FromCatalogue(AssessmentAnalysed analysis, int planYear) =>
        analysis
            .RecommendedMeasures.Select(
                (m, index) =>
                    new ProposedMeasure
                    {
                        Order = index + 1,
                        Title = m.Title,
                        Indicator = m.Indicator,
                        IndicatorName = analysis.Indicators.FirstOrDefault(i => i.Indicator == m.Indicator)?.Name
                            ?? $"ตัวชี้วัดที่ {m.Indicator}",
                        Finding = m.Finding,
                        ResponsibleUnit = string.Join(", ", m.ResponsibleUnits),
                        Period = $"{m.Period} ปีงบประมาณ พ.ศ. {planYear}",
                        Steps = m.Steps,
                        Evidence = m.Evidence,
                        CatalogueMeasureId = m.Id,
                    }
            )
            .ToList();
}
