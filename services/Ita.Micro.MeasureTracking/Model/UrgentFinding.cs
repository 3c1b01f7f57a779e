namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// An urgent finding of the analysis a plan answers: an indicator, or an item (with its indicator and concept when
/// the code book gives one).
/// </summary>
public sealed record UrgentFinding(int Indicator, string? ItemCode, string? ItemConcept);
