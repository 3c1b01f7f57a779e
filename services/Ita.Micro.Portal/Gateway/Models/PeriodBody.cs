namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A measure's period: quarters (1–4) or months ("YYYY-MM") of the plan's fiscal year.</summary>
public sealed record PeriodBody(int? FromQuarter, int? ToQuarter, string? FromMonth, string? ToMonth);
