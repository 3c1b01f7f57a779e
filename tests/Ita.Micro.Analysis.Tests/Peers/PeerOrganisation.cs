namespace Ita.Micro.Analysis.Tests.Peers;

/// <summary>One organisation's analysed scores as a test feeds them; an indicator is null when it was not scored.</summary>
public sealed record PeerOrganisation(
    string Code,
    string Province,
    string Type,
    int Revision,
    decimal Total,
    IReadOnlyList<decimal?> Indicators
)
{
    /// <summary>Measure 0 is the total, 1 to 10 the indicators, as the peer statistics number them.</summary>
    public decimal? Measure(int measure) => measure == 0 ? Total : Indicators[measure - 1];
}
