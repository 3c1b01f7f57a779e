namespace Ita.Micro.Analysis.Peers;

/// <summary>The mean of one measure within a province or a type.</summary>
/// <param name="Measure">0 is the total; 1 to 10 are the indicators.</param>
public sealed record MeasureMean(int Measure, int Count, decimal? Mean);
