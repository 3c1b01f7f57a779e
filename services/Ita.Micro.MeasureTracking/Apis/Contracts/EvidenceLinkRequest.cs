namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>An evidence link for an OIT item; version is required when changing an existing one.</summary>
public sealed record EvidenceLinkRequest(
    int? Version,
    string? ItemCode,
    string? Url,
    string? Title,
    DateOnly? PublishedOn
);
