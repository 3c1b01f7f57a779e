namespace Ita.Micro.Analysis.Peers;

/// <summary>The national distribution of one measure.</summary>
/// <param name="Measure">0 is the total; 1 to 10 are the indicators.</param>
/// <param name="Histogram">Twenty counts of five-point buckets: bucket i holds [5i, 5i+5); the last also holds 100.</param>
public sealed record MeasureDistribution(int Measure, int Count, decimal? Mean, IReadOnlyList<int> Histogram);
