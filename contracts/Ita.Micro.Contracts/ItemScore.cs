namespace Ita.Micro.Contracts;

/// <summary>An item's (i…, e…, O…) score on the 0–100 scale; codes are only meaningful within their fiscal year.</summary>
public sealed record ItemScore
{
    public required string Code { get; init; }
    public required decimal Score { get; init; }
}
