namespace Ita.Micro.Contracts;

/// <summary>The answer to <see cref="SubmitScoreImport"/>: the import was stored and its new revisions published.</summary>
public sealed record ScoreImportCompleted
{
    public required Guid ImportId { get; init; }
    public required string Source { get; init; }
    public required int RowsRead { get; init; }

    /// <summary>Rows that made a new revision and an <see cref="AssessmentRecorded"/>.</summary>
    public required int Recorded { get; init; }

    /// <summary>Rows identical to what was already held.</summary>
    public required int Unchanged { get; init; }

    /// <summary>Rows refused, each with where and why.</summary>
    public required IReadOnlyList<string> Errors { get; init; }
    public required DateTime CompletedAtUtc { get; init; }
}
