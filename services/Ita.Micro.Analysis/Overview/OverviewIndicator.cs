namespace Ita.Micro.Analysis.Overview;

/// <summary>The mean score of one indicator in the area and in the nation (the peer statistics' means).</summary>
public sealed record OverviewIndicator(int Indicator, string Name, int Count, decimal? Mean, decimal? NationalMean);
