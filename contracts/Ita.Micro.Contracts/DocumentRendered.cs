namespace Ita.Micro.Contracts;

/// <summary>A document was rendered and stored; it can be downloaded through the gateway.</summary>
public sealed record DocumentRendered
{
    public required Guid DocumentId { get; init; }
    public required DocumentKind Kind { get; init; }
    public required string OrganisationCode { get; init; }
    public required int FiscalYear { get; init; }
    public required string ContentType { get; init; }
    public required long SizeBytes { get; init; }

    /// <summary>SHA-256 of the data the document was made from.</summary>
    public required string DataHash { get; init; }

    /// <summary>Path below the gateway, e.g. /api/documents/{id}/content.</summary>
    public required string DownloadPath { get; init; }
    public required DateTime RenderedAtUtc { get; init; }
}
