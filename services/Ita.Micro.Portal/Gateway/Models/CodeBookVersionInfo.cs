namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/codebooks/{year}/versions: one version of a year's code book, who published it, when and why.</summary>
public sealed record CodeBookVersionInfo(
    int FiscalYear,
    int Version,
    string Source,
    string Hash,
    string? PublishedBy,
    DateTime? PublishedAtUtc,
    string? Note
);
