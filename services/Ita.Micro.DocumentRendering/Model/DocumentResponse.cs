using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Model;

public sealed record DocumentResponse(
    Guid Id, DocumentKind Kind, string Subject, int Version, string OrganisationCode, string OrganisationName, int FiscalYear, DocumentStatus Status,
    string DataHash, long SizeBytes, DateTime CreatedAtUtc, DateTime? RenderedAtUtc, string? ContentPath)
{
    public static DocumentResponse From(DocumentRecord d) => new(d.Id, d.Kind, d.Subject, d.Version, d.OrganisationCode, d.OrganisationName,
        d.FiscalYear, d.Status, d.DataHash, d.SizeBytes, d.CreatedAtUtc, d.RenderedAtUtc,
        d.Status == DocumentStatus.Rendered ? $"/api/documents/{d.Id}/content" : null);
}
