namespace Ita.Micro.MeasureTracking.Model;

/// <summary>Whether what a measure targeted went up the year after: its verdict and each target's change.</summary>
public sealed record MeasureEffectiveness(
    Guid MeasureId,
    string Title,
    EffectivenessVerdict Verdict,
    IReadOnlyList<TargetChange> Targets
);
