namespace Ita.Micro.Analysis.Overview;

/// <summary>An item's score as a stored analysis holds it (<see cref="Ita.Micro.Contracts.ItemResult"/>, without the reason).</summary>
public sealed record OverviewScoredItem
{
    public string Code { get; init; } = "";
    public string Label { get; init; } = "";
    public int Indicator { get; init; }
    public decimal Score { get; init; }
}
