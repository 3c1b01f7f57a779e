namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>
/// When a measure runs in the plan's fiscal year: quarters (fromQuarter–toQuarter, 1–4) or a month range
/// (fromMonth–toMonth as "YYYY-MM", Gregorian, e.g. "2025-10" to "2026-03").
/// </summary>
public sealed record PeriodRequest(int? FromQuarter, int? ToQuarter, string? FromMonth, string? ToMonth);
