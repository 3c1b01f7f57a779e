namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>GET /api/codebooks: a fiscal year's code book in use, its version, and who published it when.</summary>
public sealed record CodeBookYear(
    int FiscalYear,
    int Version,
    string Source,
    string? PublishedBy,
    DateTime? PublishedAtUtc
);
