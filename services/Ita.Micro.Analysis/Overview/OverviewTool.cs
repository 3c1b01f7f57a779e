namespace Ita.Micro.Analysis.Overview;

/// <summary>The mean score of one tool (IIT, EIT, OIT) in the area.</summary>
/// <param name="NationalMean">
/// The nation's mean: given on the national overview (it is <see cref="Mean"/> there); null on a province's, since
/// tool scores are held only inside each stored analysis and reading the whole nation's for a province page would
/// make it slow.
/// </param>
public sealed record OverviewTool(string Tool, int Count, decimal Mean, decimal? NationalMean);
