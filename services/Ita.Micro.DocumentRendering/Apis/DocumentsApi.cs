using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Apis;

public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapGet("/", ListDocuments);
        api.MapGet("/{id:guid}", GetDocument);
        api.MapGet("/{id:guid}/content", GetContent);
        api.MapGet("/{id:guid}/preview", GetPreview);
        return app;
    }

    public static async Task<Ok<List<DocumentResponse>>> ListDocuments(
        string? organisationCode, int? fiscalYear, DocumentsDbContext db, CancellationToken cancellationToken)
    {
        var query = db.Documents.AsQueryable();
        if (!string.IsNullOrWhiteSpace(organisationCode)) query = query.Where(d => d.OrganisationCode == organisationCode);
        if (fiscalYear is { } year) query = query.Where(d => d.FiscalYear == year);
        var documents = await query.OrderByDescending(d => d.CreatedAtUtc).Take(200).ToListAsync(cancellationToken);
        return TypedResults.Ok(documents.Select(DocumentResponse.From).ToList());
    }

    public static async Task<Results<Ok<DocumentResponse>, NotFound>> GetDocument(
        Guid id, DocumentsDbContext db, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FindAsync([id], cancellationToken);
        return document is null ? TypedResults.NotFound() : TypedResults.Ok(DocumentResponse.From(document));
    }

    /// <summary>The PDF, once rendered; 404 before that.</summary>
    public static async Task<Results<PhysicalFileHttpResult, NotFound>> GetContent(
        Guid id, DocumentsDbContext db, DocumentRenderer renderer, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FindAsync([id], cancellationToken);
        if (document is not { Status: DocumentStatus.Rendered }) return TypedResults.NotFound();
        var path = renderer.PathOf(document);
        if (!File.Exists(path)) return TypedResults.NotFound();
        var name = $"ita-analysis-{document.OrganisationCode}-{document.FiscalYear}.pdf";
        return TypedResults.PhysicalFile(path, "application/pdf", name);
    }

    /// <summary>The document's HTML, for the portal's preview.</summary>
    public static async Task<Results<ContentHttpResult, NotFound>> GetPreview(
        Guid id, DocumentsDbContext db, DocumentRenderer renderer, CancellationToken cancellationToken)
    {
        var document = await db.Documents.FindAsync([id], cancellationToken);
        return document is null ? TypedResults.NotFound() : TypedResults.Content(renderer.Html(document), "text/html; charset=utf-8");
    }
}
