namespace Ita.Micro.Contracts;

/// <summary>
/// The scores of one organisation in one fiscal year, as far as they are known: a published sheet may give
/// the total only, tool and indicator scores, or everything down to items.
/// </summary>
public sealed record AssessmentScores
{
    public decimal? Total { get; init; }
    public IReadOnlyList<ToolScore> Tools { get; init; } = [];
    public IReadOnlyList<IndicatorScore> Indicators { get; init; } = [];
    public IReadOnlyList<ItemScore> Items { get; init; } = [];
}
