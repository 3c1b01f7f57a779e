using System.Linq.Expressions;
using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

public sealed record DocumentResponse(
    Guid Id,
    DocumentKind Kind,
    string Subject,
    int Version,
    string OrganisationCode,
    string OrganisationName,
    int FiscalYear,
    DocumentStatus Status,
    string DataHash,
    long SizeBytes,
    DateTime CreatedAtUtc,
    DateTime? RenderedAtUtc
)
{
    /// <summary>Where the PDF is, once rendered.</summary>
    public string? ContentPath => Status == DocumentStatus.Rendered ? $"/api/documents/{Id}/content" : null;

    /// <summary>The response as the database can select it: a document's data (tens of kilobytes) is never read for it.</summary>
    public static readonly Expression<Func<DocumentRecord, DocumentResponse>> Select = d => new DocumentResponse(
        d.Id,
        d.Kind,
        d.Subject,
        d.Version,
        d.OrganisationCode,
        d.OrganisationName,
        d.FiscalYear,
        d.Status,
        d.DataHash,
        d.SizeBytes,
        d.CreatedAtUtc,
        d.RenderedAtUtc
    );

    private static readonly Func<DocumentRecord, DocumentResponse> FromRecord = Select.Compile();

    public static DocumentResponse From(DocumentRecord d) => FromRecord(d);
}
