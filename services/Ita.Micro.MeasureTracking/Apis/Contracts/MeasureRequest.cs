namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A measure as an officer saves it; version is required when changing an existing one.</summary>
public sealed record MeasureRequest(
    int? Version,
    string? Title,
    IReadOnlyList<int>? Indicators,
    IReadOnlyList<string>? ItemConcepts,
    string? Finding,
    IReadOnlyList<string>? Steps,
    IReadOnlyList<string>? ResponsibleUnits,
    PeriodRequest? Period,
    string? FollowUp,
    string? Target,
    int? Order
);
