namespace Ita.Micro.Analysis.Peers;

/// <summary>Where a score stands in a group of organisations.</summary>
/// <param name="Rank">1 + the number scoring higher, so ties share a rank.</param>
/// <param name="Count">Organisations in the group with a score for the measure.</param>
/// <param name="Percentile">Percentage of the group scoring at or below this score (0–100, two decimals).</param>
public sealed record PeerStanding(int Rank, int Count, decimal Percentile);
