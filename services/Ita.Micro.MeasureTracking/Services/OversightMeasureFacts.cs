using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>What oversight needs of one measure: what it targets, when its period ends and where it stands.</summary>
public sealed record OversightMeasureFacts(
    IReadOnlyList<int> Indicators,
    IReadOnlyList<string> ItemConcepts,
    DateOnly PeriodEnd,
    MeasureStatus Status
);
