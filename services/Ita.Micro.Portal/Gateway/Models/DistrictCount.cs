namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/statistics/{year}/districts: a district of a province and its organisations analysed that year.</summary>
public sealed record DistrictCount(string Province, string District, int Count);
