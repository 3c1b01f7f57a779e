using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Apis.Contracts;

public sealed record EffectivenessResponse(
    int FollowUpFiscalYear,
    int AnalysisRevision,
    decimal Total,
    decimal? PreviousTotal,
    int Improved,
    int Mixed,
    int NotImproved,
    int NotAssessed,
    IReadOnlyList<MeasureEffectiveness> Measures,
    DateTime ComputedAtUtc
)
{
    public static EffectivenessResponse From(PlanFollowUp f) =>
        new(
            f.FollowUpFiscalYear,
            f.AnalysisRevision,
            f.Total,
            f.PreviousTotal,
            f.Measures.Count(m => m.Verdict == EffectivenessVerdict.Improved),
            f.Measures.Count(m => m.Verdict == EffectivenessVerdict.Mixed),
            f.Measures.Count(m => m.Verdict == EffectivenessVerdict.NotImproved),
            f.Measures.Count(m => m.Verdict == EffectivenessVerdict.NotAssessed),
            f.Measures,
            f.ComputedAtUtc
        );
}
