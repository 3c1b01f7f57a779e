namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/analyses/{org}/trend.</summary>
public sealed record Trend(string OrganisationCode, string OrganisationName, IReadOnlyList<TrendYear> Years);
