namespace Ita.Micro.Contracts;

/// <summary>A tool's score (IIT, EIT or OIT) on the 0–100 scale, before weighting.</summary>
public sealed record ToolScore
{
    public required string Tool { get; init; }
    public required decimal Score { get; init; }
}
