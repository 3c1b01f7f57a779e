using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>A measure request that passed validation: what is written to the measure.</summary>
public sealed record MeasureInput(
    string Title,
    IReadOnlyList<IndicatorRef> Indicators,
    IReadOnlyList<string> ItemConcepts,
    string Finding,
    IReadOnlyList<string> Steps,
    IReadOnlyList<string> ResponsibleUnits,
    MeasurePeriod Period,
    string FollowUp,
    string Target,
    int? Order
);
