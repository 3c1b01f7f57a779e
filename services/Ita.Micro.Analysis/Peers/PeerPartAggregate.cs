namespace Ita.Micro.Analysis.Peers;

/// <summary>
/// Running count and sum of one tool's or one item's scores within the nation or one province for one fiscal year,
/// kept with the <see cref="PeerPartScore"/> rows (<see cref="PeerPartAggregates"/>) so that an overview reads a
/// few dozen rows instead of summing a national year's 400,000 part scores.
/// </summary>
public sealed class PeerPartAggregate
{
    public int FiscalYear { get; set; }

    /// <summary><see cref="PeerScope.National"/> or <see cref="PeerScope.Province"/>.</summary>
    public required string Scope { get; set; }

    /// <summary>The province; empty for the nation.</summary>
    public required string ScopeKey { get; set; }

    /// <summary><see cref="PeerPartScore.Tool"/> or <see cref="PeerPartScore.Item"/>.</summary>
    public required string Kind { get; set; }
    public required string Code { get; set; }

    /// <summary>The item's indicator as last scored; 0 for a tool.</summary>
    public int Indicator { get; set; }

    /// <summary>Organisations with a score for the part.</summary>
    public int Count { get; set; }

    /// <summary>Their scores added up, in hundredths of a point.</summary>
    public long Sum { get; set; }

    /// <summary>Concurrency token, as on <see cref="PeerAggregate"/>: a lost update would make the sums drift for good.</summary>
    public int Version { get; set; }

    public void Shift(int indicator, int hundredths, int delta)
    {
        Indicator = indicator;
        Count += delta;
        Sum += (long)delta * hundredths;
        Version++;
    }
}
