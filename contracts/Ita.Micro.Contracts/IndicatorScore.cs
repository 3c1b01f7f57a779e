namespace Ita.Micro.Contracts;

/// <summary>An indicator's (ตัวชี้วัด 1–10) score on the 0–100 scale.</summary>
public sealed record IndicatorScore
{
    public required int Indicator { get; init; }
    public required decimal Score { get; init; }
}
