namespace Ita.Micro.Contracts;

/// <summary>
/// An administrator loaded a corrected or new code book for a fiscal year. Every service keeps it and uses it in
/// place of the shipped one. The book travels as JSON (the shape of ita-YYYY.json) rather than as records, so a
/// field added to the code book later does not change this message's shape. Business key: (FiscalYear, Version);
/// a version not higher than the one a service holds is ignored.
/// </summary>
public sealed record CodeBookPublished
{
    public required int FiscalYear { get; init; }
    public required int Version { get; init; }

    /// <summary>The whole code book as JSON, its version already set to <see cref="Version"/>.</summary>
    public required string Json { get; init; }

    /// <summary>Who loaded it (user id), for the audit.</summary>
    public required string PublishedBy { get; init; }
    public required DateTime PublishedAtUtc { get; init; }
}
