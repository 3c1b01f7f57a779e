namespace Ita.Micro.Contracts;

/// <summary>
/// An evidence link registered for an organisation's OIT item stayed broken over consecutive checks: an assessor
/// following it would find nothing, and the item would lose its points. Raised once per broken spell.
/// </summary>
public sealed record EvidenceLinkBroken
{
    public required Guid EvidenceId { get; init; }
    public required string OrganisationCode { get; init; }

    /// <summary>The organisation's province as measure tracking knows it; null when it has no plan yet.</summary>
    public string? Province { get; init; }

    /// <summary>The fiscal year (B.E.) of the assessment the evidence is for.</summary>
    public required int FiscalYear { get; init; }

    /// <summary>The OIT item (O1…) of that year's code book; null for a progress link that names no OIT item.</summary>
    public string? ItemCode { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required LinkFailure Failure { get; init; }

    /// <summary>The HTTP status of the last check, when the server answered.</summary>
    public int? StatusCode { get; init; }

    /// <summary>What the last check found, in words.</summary>
    public required string Detail { get; init; }
    public required int FailedChecks { get; init; }

    /// <summary>When the first check of this broken spell failed.</summary>
    public required DateTime BrokenSinceUtc { get; init; }
    public required DateTime DetectedAtUtc { get; init; }
}
