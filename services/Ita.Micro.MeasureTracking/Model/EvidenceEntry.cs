using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// One URL an organisation will submit as evidence for an OIT item of a fiscal year's assessment, and what its checks
/// found last. The history of checks is in <see cref="EvidenceCheck"/>.
/// </summary>
public sealed class EvidenceEntry
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }

    /// <summary>The organisation's province as its latest plan names it (for overseers); null when it has no plan.</summary>
    public string? Province { get; set; }
    public int FiscalYear { get; set; }

    /// <summary>The OIT item (O1…) of the year's code book; null for a progress link whose measure names no OIT item.</summary>
    public string? ItemCode { get; set; }
    public required string Url { get; set; }
    public required string Title { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public EvidenceSource Source { get; set; }
    public Guid? PlanId { get; set; }
    public Guid? MeasureId { get; set; }
    public Guid? ProgressId { get; set; }
    public required string AddedBy { get; set; }
    public DateTime AddedAtUtc { get; set; }

    public LinkState State { get; set; }
    public DateTime? LastCheckedAtUtc { get; set; }
    public int? LastStatusCode { get; set; }
    public LinkFailure? LastFailure { get; set; }
    public string? LastDetail { get; set; }
    public string? FinalUrl { get; set; }
    public string? ContentType { get; set; }

    /// <summary>SHA-256 of the body as read (up to the size bound), hex: a change means the page changed.</summary>
    public string? ContentHash { get; set; }
    public DateTime? ContentChangedAtUtc { get; set; }

    /// <summary>Failed checks in a row; 0 after a good one.</summary>
    public int FailedChecks { get; set; }

    /// <summary>When the first failed check of the current spell ran.</summary>
    public DateTime? FailingSinceUtc { get; set; }

    /// <summary>When the scheduler checks it next.</summary>
    public DateTime NextCheckAtUtc { get; set; }
    public int Version { get; set; } = 1;
}
