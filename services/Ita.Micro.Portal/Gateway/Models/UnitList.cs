namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/plans/organisations/{org}/units: the organisation's units and the prefix of its document numbers.</summary>
public sealed record UnitList(
    string OrganisationCode,
    IReadOnlyList<string> Units,
    string? DocumentPrefix,
    int Version
);
