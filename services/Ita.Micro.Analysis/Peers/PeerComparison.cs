namespace Ita.Micro.Analysis.Peers;

/// <summary>The response of GET /api/analyses/{org}/{year}/peers: the latest analysed revision against its peers.</summary>
/// <param name="Measures">The total (measure 0) first, then indicators 1 to 10.</param>
public sealed record PeerComparison(
    string OrganisationCode,
    int FiscalYear,
    int Revision,
    string Province,
    string OrganisationType,
    IReadOnlyList<PeerMeasure> Measures
);
