using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Overview;

/// <summary>
/// The part of a stored analysis (<see cref="AssessmentAnalysed"/> as JSON) an overview needs: tool and item scores.
/// Reading only these skips the narratives and reasons, which are most of the text.
/// </summary>
public sealed record OverviewScores
{
    public IReadOnlyList<ToolScore> Tools { get; init; } = [];
    public IReadOnlyList<OverviewScoredItem> Items { get; init; } = [];
}
