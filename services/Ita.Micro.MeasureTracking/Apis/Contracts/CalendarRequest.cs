namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>A fiscal year's assessment calendar as a whole, the version it replaces (0 for the first) and why.</summary>
public sealed record CalendarRequest(int? Version, IReadOnlyList<CalendarWindowRequest>? Windows, string? Reason);
