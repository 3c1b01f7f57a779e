using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The oversight figures of a set of plans of one fiscal year. An urgent finding has a measure when a measure still
/// in the plan (not dropped) names its indicator, or, for an item, its concept or its indicator.
/// </summary>
public static class OversightCalculator
{
    public static OversightResponse Compute(int planFiscalYear, string? province, IReadOnlyList<OversightPlanFacts> plans, DateOnly today, MeasureTrackingOptions options)
    {
        var byStatus = Enum.GetValues<PlanStatus>().ToDictionary(s => s, s => plans.Count(p => p.Status == s));
        var overduePlans = plans.Where(p => p.Measures.Any(m => OverdueRule.IsOverdue(m.PeriodEnd, m.Status, today))).ToList();
        var findings = plans.SelectMany(p => p.UrgentFindings.Select(f => (Plan: p, Finding: f))).ToList();
        var covered = findings.Count(x => HasMeasure(x.Finding, x.Plan.Measures));
        return new OversightResponse(
            planFiscalYear, province, today, plans.Count, byStatus,
            plans.Sum(p => p.Measures.Count),
            plans.Sum(p => p.Measures.Count(m => OverdueRule.IsOverdue(m.PeriodEnd, m.Status, today))),
            overduePlans.Select(p => p.OrganisationCode).Distinct().Count(),
            findings.Count, covered, findings.Count == 0 ? null : Math.Round((decimal)covered / findings.Count, 4),
            Deadline(ReportPeriod.SixMonths, planFiscalYear, plans, today, options),
            Deadline(ReportPeriod.TwelveMonths, planFiscalYear, plans, today, options),
            Effectiveness(plans));
    }

    public static bool HasMeasure(UrgentFinding finding, IReadOnlyList<OversightMeasureFacts> measures) =>
        measures.Where(m => m.Status != MeasureStatus.Dropped).Any(m =>
            m.Indicators.Contains(finding.Indicator) ||
            (finding.ItemConcept is not null && m.ItemConcepts.Contains(finding.ItemConcept)));

    private static OversightEffectiveness Effectiveness(IReadOnlyList<OversightPlanFacts> plans)
    {
        var verdicts = plans.SelectMany(p => p.Verdicts).ToList();
        return new OversightEffectiveness(plans.Count(p => p.Verdicts.Count > 0),
            verdicts.Count(v => v == EffectivenessVerdict.Improved), verdicts.Count(v => v == EffectivenessVerdict.Mixed),
            verdicts.Count(v => v == EffectivenessVerdict.NotImproved), verdicts.Count(v => v == EffectivenessVerdict.NotAssessed));
    }

    private static ReportDeadline Deadline(ReportPeriod period, int year, IReadOnlyList<OversightPlanFacts> plans, DateOnly today, MeasureTrackingOptions options)
    {
        var due = ReportDeadlines.DueOn(year, period, options);
        return new ReportDeadline(ReportDeadlines.AsOf(year, period), due, today > due,
            plans.Count(p => p.Submitted.Contains(period)),
            plans.Count(p => ReportDeadlines.IsLate(year, period, p.Submitted.Contains(period), today, options)));
    }
}
