using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Turns the drafter's proposals into measures officers can own: the indicator and the item concepts behind the
/// finding, the catalogue's units and steps, a period of the plan's fiscal year, how it is followed up and its target.
/// </summary>
public static class ProposalMeasures
{
    public static string Key(ProposedMeasure proposal) =>
        proposal.CatalogueMeasureId ?? $"indicator-{proposal.Indicator.ToString(CultureInfo.InvariantCulture)}";

    public static Measure Create(AssessmentAnalysed analysis, ProposedMeasure proposal, Guid planId)
    {
        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            PlanId = planId,
            Title = "",
            Finding = "",
            Period = "",
            ProposalKey = Key(proposal),
        };
        Fill(measure, analysis, proposal);
        return measure;
    }

    /// <summary>Overwrites the measure's content with the proposal's (its id, order and progress stay).</summary>
    public static void Fill(Measure measure, AssessmentAnalysed analysis, ProposedMeasure proposal)
    {
        var planYear = analysis.FiscalYear + 1;
        var recommended = analysis.RecommendedMeasures.FirstOrDefault(r => r.Id == proposal.CatalogueMeasureId);
        var period = CataloguePeriodReader.Read(recommended?.Period ?? "", planYear);
        measure.Order = proposal.Order;
        measure.Title = proposal.Title;
        measure.Indicators = [new IndicatorRef { Number = proposal.Indicator, Name = proposal.IndicatorName }];
        measure.ItemConcepts = ItemConcepts(analysis, proposal.Indicator);
        measure.Finding = proposal.Finding;
        measure.Steps = [.. proposal.Steps];
        measure.ResponsibleUnits = recommended is { ResponsibleUnits.Count: > 0 }
            ? [.. recommended.ResponsibleUnits]
            : [proposal.ResponsibleUnit];
        measure.Period = period.Text;
        measure.PeriodStart = period.Start;
        measure.PeriodEnd = period.End;
        measure.FollowUp = FollowUp(planYear, proposal.Evidence);
        measure.Target =
            $"ตัวชี้วัดที่ {ThaiText.Integer(proposal.Indicator, thaiDigits: true)} {proposal.IndicatorName} ได้คะแนนไม่ต่ำกว่า "
            + $"{ThaiText.ToThaiDigits(analysis.PassMark.ToString("0.##", CultureInfo.InvariantCulture))} คะแนน "
            + $"ในการประเมิน ITA ปีงบประมาณ พ.ศ. {ThaiText.Integer(planYear, thaiDigits: true)}";
    }

    /// <summary>The concepts of the indicator's items the analysis found below the line (weakest first), when the book names them.</summary>
    private static List<string> ItemConcepts(AssessmentAnalysed analysis, int indicator)
    {
        var weakest = analysis.Indicators.FirstOrDefault(i => i.Indicator == indicator)?.WeakestItems ?? [];
        return weakest
            .Concat(analysis.Items.Where(i => i.Indicator == indicator))
            .Where(i => i.Classification != FindingClass.Maintain && i.Concept is not null)
            .Select(i => i.Concept!)
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    private static string FollowUp(int planYear, string evidence)
    {
        var text =
            $"รายงานผลการดำเนินงานต่อผู้บริหาร รอบ ๖ เดือน (ณ วันที่ {ThaiText.Date(ThaiFiscalYear.SixMonthsEnd(planYear), thaiDigits: true)}) "
            + $"และรอบ ๑๒ เดือน (ณ วันที่ {ThaiText.Date(ThaiFiscalYear.End(planYear), thaiDigits: true)})";
        return string.IsNullOrWhiteSpace(evidence) ? text : $"{text} พร้อมเผยแพร่หลักฐาน: {evidence}";
    }

    /// <summary>The assessed year's scores the measures start from.</summary>
    public static List<BaselineScore> Baseline(AssessmentAnalysed analysis) =>
        [
            .. analysis.Indicators.Select(i => new BaselineScore(
                TargetKind.Indicator,
                i.Indicator.ToString(CultureInfo.InvariantCulture),
                i.Score
            )),
            .. analysis
                .Items.Where(i => i.Concept is not null)
                .DistinctBy(i => i.Concept)
                .Select(i => new BaselineScore(TargetKind.Item, i.Concept!, i.Score)),
        ];

    public static List<UrgentFinding> UrgentFindings(AssessmentAnalysed analysis) =>
        [
            .. analysis
                .Indicators.Where(i => i.Classification == FindingClass.Urgent)
                .Select(i => new UrgentFinding(i.Indicator, null, null)),
            .. analysis
                .Items.Where(i => i.Classification == FindingClass.Urgent)
                .Select(i => new UrgentFinding(i.Indicator, i.Code, i.Concept)),
        ];
}
