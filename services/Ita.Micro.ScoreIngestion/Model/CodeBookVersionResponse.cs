namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>
/// One version of a year's code book in its audit trail. Source is "shipped" (in the release; no who or when) or
/// "loaded" (through the API). Changes is against the version before it, null for the first one.
/// </summary>
public sealed record CodeBookVersionResponse(
    int FiscalYear,
    int Version,
    string Source,
    string Hash,
    string? PublishedBy,
    DateTime? PublishedAtUtc,
    string? Note,
    CodeBookChanges? Changes
);
