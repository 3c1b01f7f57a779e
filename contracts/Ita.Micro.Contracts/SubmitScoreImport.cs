namespace Ita.Micro.Contracts;

/// <summary>
/// Command from an integration: import these assessments. The same pipeline as <c>POST /api/imports</c>.
/// </summary>
public sealed record SubmitScoreImport
{
    /// <summary>Chosen by the sender so that a resent command imports once.</summary>
    public required Guid ImportId { get; init; }
    /// <summary>Who sent it (an integration's name), kept with the import.</summary>
    public required string Source { get; init; }
    public required IReadOnlyList<SubmittedAssessment> Assessments { get; init; }
    public required DateTime SubmittedAtUtc { get; init; }
}
