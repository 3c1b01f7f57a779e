using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>One check of an evidence link, kept as history.</summary>
public sealed class EvidenceCheck
{
    public long Id { get; set; }
    public Guid EvidenceId { get; set; }
    public DateTime CheckedAtUtc { get; set; }
    public bool Ok { get; set; }
    public LinkFailure? Failure { get; set; }
    public int? StatusCode { get; set; }
    public string? FinalUrl { get; set; }
    public string? ContentType { get; set; }

    /// <summary>Bytes read (at most the size bound) or, when larger, the Content-Length the server gave.</summary>
    public long? SizeBytes { get; set; }

    /// <summary>The body was larger than the bound: the hash covers its first part.</summary>
    public bool Truncated { get; set; }
    public string? ContentHash { get; set; }
    public bool ContentChanged { get; set; }
    public int Redirects { get; set; }
    public int DurationMs { get; set; }
    public string? Detail { get; set; }
}
