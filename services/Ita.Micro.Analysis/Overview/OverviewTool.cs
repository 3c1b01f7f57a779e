namespace Ita.Micro.Analysis.Overview;

/// <summary>The mean score of one tool (IIT, EIT, OIT) in the area.</summary>
/// <param name="NationalMean">The nation's mean (on the national overview, <see cref="Mean"/> itself).</param>
public sealed record OverviewTool(string Tool, int Count, decimal Mean, decimal? NationalMean);
