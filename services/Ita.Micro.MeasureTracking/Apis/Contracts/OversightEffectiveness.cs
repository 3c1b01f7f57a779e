namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// How the plans' measures did on the next year's assessment: plans already followed up, and their measures by
/// verdict (improved, mixed, not improved, not assessed). All zero until the next year is analysed.
/// </summary>
public sealed record OversightEffectiveness(
    int PlansFollowedUp,
    int Improved,
    int Mixed,
    int NotImproved,
    int NotAssessed
);
