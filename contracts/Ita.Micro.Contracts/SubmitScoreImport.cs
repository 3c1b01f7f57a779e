namespace Ita.Micro.Contracts;

/// <summary>
/// Command from an integration: import these assessments, given inline or as a file to fetch. The same pipeline as
/// <c>POST /api/imports</c>; answered with <see cref="ScoreImportCompleted"/>.
/// </summary>
public sealed record SubmitScoreImport
{
    /// <summary>Chosen by the sender so that a resent command imports once.</summary>
    public required Guid ImportId { get; init; }

    /// <summary>Who sent it (an integration's name), kept with the import.</summary>
    public required string Source { get; init; }

    /// <summary>The assessments inline; or null when <see cref="FileUrl"/> names a file.</summary>
    public IReadOnlyList<SubmittedAssessment>? Assessments { get; init; }

    /// <summary>An http(s) URL of a CSV, XLSX or JSON score file, from a host score ingestion is configured to trust.</summary>
    public string? FileUrl { get; init; }
    public required DateTime SubmittedAtUtc { get; init; }
}
