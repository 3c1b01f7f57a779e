using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Reads the year after a plan's assessed year: for each measure, did the indicators and item concepts it targeted
/// go up? When the analysis compares with the plan's assessed year, its own changes are used (they hold the latest
/// revision of that year); otherwise the plan's baseline against the new scores.
/// </summary>
public static class EffectivenessCalculator
{
    public static PlanFollowUp Compute(ImprovementPlan plan, AssessmentAnalysed analysis, DateTime nowUtc)
    {
        var comparesWithPlanYear = analysis.PreviousFiscalYear == plan.AssessedFiscalYear;
        return new PlanFollowUp
        {
            PlanId = plan.Id,
            FollowUpFiscalYear = analysis.FiscalYear,
            AnalysisId = analysis.AnalysisId,
            AnalysisRevision = analysis.Revision,
            Total = analysis.Total,
            PreviousTotal = comparesWithPlanYear ? analysis.PreviousYearTotal : null,
            ComputedAtUtc = nowUtc,
            Measures = plan
                .Measures.OrderBy(m => m.Order)
                .Select(m => Of(m, plan, analysis, comparesWithPlanYear))
                .ToList(),
        };
    }

    private static MeasureEffectiveness Of(
        Measure measure,
        ImprovementPlan plan,
        AssessmentAnalysed analysis,
        bool comparesWithPlanYear
    )
    {
        var targets = measure
            .Indicators.Select(i =>
                Target(
                    TargetKind.Indicator,
                    i.Number.ToString(CultureInfo.InvariantCulture),
                    plan,
                    comparesWithPlanYear,
                    analysis.IndicatorChanges,
                    analysis.Indicators.FirstOrDefault(x => x.Indicator == i.Number)?.Score
                )
            )
            .Concat(
                measure.ItemConcepts.Select(concept =>
                    Target(
                        TargetKind.Item,
                        concept,
                        plan,
                        comparesWithPlanYear,
                        analysis.ItemChanges,
                        analysis.Items.FirstOrDefault(x => x.Concept == concept)?.Score
                    )
                )
            )
            .ToList();
        return new MeasureEffectiveness(measure.Id, measure.Title, Verdict(targets), targets);
    }

    private static TargetChange Target(
        TargetKind kind,
        string key,
        ImprovementPlan plan,
        bool comparesWithPlanYear,
        IReadOnlyList<ScoreChange> changes,
        decimal? current
    )
    {
        var change = comparesWithPlanYear ? changes.FirstOrDefault(c => c.Key == key) : null;
        var before = change?.Previous ?? plan.Baseline.FirstOrDefault(b => b.Kind == kind && b.Key == key)?.Score;
        var after = change?.Current ?? current;
        return before is { } b && after is { } a
            ? new TargetChange(kind, key, b, a, a - b, a > b)
            : new TargetChange(kind, key, before, after, null, null);
    }

    public static EffectivenessVerdict Verdict(IReadOnlyList<TargetChange> targets)
    {
        var assessed = targets.Where(t => t.WentUp is not null).ToList();
        if (assessed.Count == 0)
            return EffectivenessVerdict.NotAssessed;
        var up = assessed.Count(t => t.WentUp == true);
        return up == assessed.Count ? EffectivenessVerdict.Improved
            : up == 0 ? EffectivenessVerdict.NotImproved
            : EffectivenessVerdict.Mixed;
    }
}
