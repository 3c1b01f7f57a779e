using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The oversight figures of a set of plans of one fiscal year, from their counts. An urgent finding has a measure when
/// a measure still in the plan (not dropped) names its indicator, or, for an item, its concept or its indicator.
/// </summary>
public static class OversightCalculator
{
    public static OversightResponse Compute(
        int planFiscalYear,
        string? province,
        OversightCounts counts,
        DateOnly today,
        MeasureTrackingOptions options
    )
    {
        var byStatus = Enum.GetValues<PlanStatus>()
            .ToDictionary(s => s, s => counts.PlansByStatus.GetValueOrDefault(s));
        var plans = byStatus.Values.Sum();
        return new OversightResponse(
            planFiscalYear,
            province,
            today,
            plans,
            byStatus,
            counts.Measures,
            counts.OverdueMeasures,
            counts.PlansWithOverdueMeasures,
            counts.UrgentFindings,
            counts.UrgentFindingsCovered,
            counts.UrgentFindings == 0
                ? null
                : Math.Round((decimal)counts.UrgentFindingsCovered / counts.UrgentFindings, 4),
            Deadline(ReportPeriod.SixMonths, planFiscalYear, plans, counts, today, options),
            Deadline(ReportPeriod.TwelveMonths, planFiscalYear, plans, counts, today, options),
            Effectiveness(counts)
        );
    }

    public static bool HasMeasure(UrgentFinding finding, IReadOnlyList<OversightMeasureFacts> measures) =>
        measures
            .Where(m => m.Status != MeasureStatus.Dropped)
            .Any(m =>
                m.Indicators.Contains(finding.Indicator)
                || (finding.ItemConcept is not null && m.ItemConcepts.Contains(finding.ItemConcept))
            );

    private static OversightEffectiveness Effectiveness(OversightCounts counts)
    {
        var verdicts = counts.Verdicts;
        return new OversightEffectiveness(
            counts.PlansFollowedUp,
            verdicts.Count(v => v == EffectivenessVerdict.Improved),
            verdicts.Count(v => v == EffectivenessVerdict.Mixed),
            verdicts.Count(v => v == EffectivenessVerdict.NotImproved),
            verdicts.Count(v => v == EffectivenessVerdict.NotAssessed)
        );
    }

    private static ReportDeadline Deadline(
        ReportPeriod period,
        int year,
        int plans,
        OversightCounts counts,
        DateOnly today,
        MeasureTrackingOptions options
    )
    {
        var due = ReportDeadlines.DueOn(year, period, options);
        var submitted = counts.PlansWithReport.GetValueOrDefault(period);
        var late =
            (ReportDeadlines.IsLate(year, period, submitted: true, today, options) ? submitted : 0)
            + (ReportDeadlines.IsLate(year, period, submitted: false, today, options) ? plans - submitted : 0);
        return new ReportDeadline(ReportDeadlines.AsOf(year, period), due, today > due, submitted, late);
    }
}
