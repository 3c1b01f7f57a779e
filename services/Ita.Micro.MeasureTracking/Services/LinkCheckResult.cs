using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>What one check of a URL found. <see cref="Failure"/> is null when the page was read.</summary>
public sealed record LinkCheckResult
{
    public LinkFailure? Failure { get; init; }
    public bool Ok => Failure is null;
    public int? StatusCode { get; init; }
    public string? FinalUrl { get; init; }
    public string? ContentType { get; init; }
    public long? SizeBytes { get; init; }
    public bool Truncated { get; init; }
    public string? ContentHash { get; init; }
    public int Redirects { get; init; }
    public TimeSpan Duration { get; init; }
    public required string Detail { get; init; }
}
