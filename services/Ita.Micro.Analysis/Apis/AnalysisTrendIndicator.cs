namespace Ita.Micro.Analysis.Apis;

/// <summary>An indicator's score in one year of a trend, with its change from the previous year held.</summary>
public sealed record AnalysisTrendIndicator
{
    public required int Indicator { get; init; }
    public required string Name { get; init; }
    public required decimal Score { get; init; }

    /// <summary>Null when the previous year held has no score for the indicator, or no year is held before.</summary>
    public decimal? Change { get; init; }
}
