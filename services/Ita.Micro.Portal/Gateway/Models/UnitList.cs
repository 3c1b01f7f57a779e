namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/plans/organisations/{org}/units: the organisation's responsible units.</summary>
public sealed record UnitList(string OrganisationCode, IReadOnlyList<string> Units, int Version);
