using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>A document to render or rendered, with the data it was made from.</summary>
public sealed class DocumentRecord
{
    public Guid Id { get; set; }
    public DocumentKind Kind { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public int FiscalYear { get; set; }
    /// <summary><see cref="DocumentData"/> as JSON.</summary>
    public required string DataJson { get; set; }
    /// <summary>SHA-256 of <see cref="DataJson"/>: the same data is rendered once.</summary>
    public required string DataHash { get; set; }
    public DocumentStatus Status { get; set; }
    /// <summary>File name below the documents folder.</summary>
    public string? FileName { get; set; }
    public long SizeBytes { get; set; }
    public DateTime CreatedAtUtc { get; set; }
    public DateTime? RenderedAtUtc { get; set; }
}
