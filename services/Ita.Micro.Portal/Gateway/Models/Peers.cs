namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/analyses/{org}/{year}/peers: measure 0 is the total, 1–10 the indicators.</summary>
public sealed record Peers(
    string OrganisationCode,
    int FiscalYear,
    string Province,
    string OrganisationType,
    IReadOnlyList<PeerMeasure> Measures
);
