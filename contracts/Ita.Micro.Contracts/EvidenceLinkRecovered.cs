namespace Ita.Micro.Contracts;

/// <summary>An evidence link reported broken (<see cref="EvidenceLinkBroken"/>) answers again.</summary>
public sealed record EvidenceLinkRecovered
{
    public required Guid EvidenceId { get; init; }
    public required string OrganisationCode { get; init; }
    public string? Province { get; init; }
    public required int FiscalYear { get; init; }
    public string? ItemCode { get; init; }
    public required string Url { get; init; }
    public required string Title { get; init; }
    public required int StatusCode { get; init; }

    /// <summary>The address the link ends at after redirects.</summary>
    public required string FinalUrl { get; init; }
    public required DateTime BrokenSinceUtc { get; init; }
    public required DateTime RecoveredAtUtc { get; init; }
}
