namespace Ita.Micro.ScoreIngestion.Model;

/// <summary>A fiscal year with a code book: the version in use and whether it is the shipped one or a loaded one.</summary>
public sealed record CodeBookYearResponse(
    int FiscalYear,
    int Version,
    string Source,
    string? PublishedBy,
    DateTime? PublishedAtUtc
);
