namespace Ita.Micro.Portal.Gateway.Models;

/// <summary>A registered evidence link as measure tracking answers it (states and sources by name).</summary>
public sealed record EvidenceLinkView(
    Guid Id,
    string? ItemCode,
    string Url,
    string Title,
    DateOnly? PublishedOn,
    string Source,
    string State,
    DateTime? LastCheckedAtUtc,
    int? LastStatusCode,
    string? LastFailure,
    string? LastDetail,
    string? FinalUrl,
    int FailedChecks,
    int Version
);
