using System.Security.Claims;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.DocumentRendering.Templates;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.DocumentRendering.Apis;

/// <summary>
/// Documents follow the rules of the data they were made from (<see cref="OrganisationAccess"/>): an organisation's
/// documents are read by whoever reads the organisation, a province's summary by that province's overseers, the
/// national summary by national admins. A document the caller may not read does not exist for it (404) and lists
/// leave it out.
/// </summary>
public static class DocumentsApi
{
    public static IEndpointRouteBuilder MapDocumentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/documents").WithTags("Documents");
        api.MapGet("/", ListDocuments);
        api.MapPost("/", RequestDocument);
        api.MapGet("/{id:guid}", GetDocument);
        api.MapGet("/{id:guid}/content", GetContent);
        api.MapGet("/{id:guid}/preview", GetPreview);
        return app;
    }

    public static async Task<Ok<List<DocumentResponse>>> ListDocuments(
        string? organisationCode,
        int? fiscalYear,
        DocumentKind? kind,
        ClaimsPrincipal user,
        DocumentsDbContext db,
        CancellationToken cancellationToken
    )
    {
        var query = db.Documents.VisibleTo(user, d => d.OrganisationCode, d => d.Province);
        if (kind is { } wanted)
            query = query.Where(d => d.Kind == wanted);
        if (!string.IsNullOrWhiteSpace(organisationCode))
            query = query.Where(d => d.OrganisationCode == organisationCode);
        if (fiscalYear is { } year)
            query = query.Where(d => d.FiscalYear == year);
        var documents = await query
            .OrderByDescending(d => d.CreatedAtUtc)
            .Take(200)
            .Select(DocumentResponse.Select)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(documents);
    }

    public static async Task<Results<Ok<DocumentResponse>, NotFound>> GetDocument(
        Guid id,
        ClaimsPrincipal user,
        DocumentsDbContext db,
        CancellationToken cancellationToken
    )
    {
        var document = await db.Documents.FindAsync([id], cancellationToken);
        return document is null || !CanRead(user, document)
            ? TypedResults.NotFound()
            : TypedResults.Ok(DocumentResponse.From(document));
    }

    /// <summary>
    /// The PDF once rendered (404 before that), or with format=docx the editable Word file, made from the document's
    /// data on request.
    /// </summary>
    public static async Task<
        Results<PhysicalFileHttpResult, FileContentHttpResult, NotFound, ValidationProblem>
    > GetContent(
        Guid id,
        string? format,
        ClaimsPrincipal user,
        DocumentsDbContext db,
        DocumentRenderer renderer,
        CancellationToken cancellationToken
    )
    {
        var wanted = string.IsNullOrWhiteSpace(format) ? "pdf" : format.Trim().ToLowerInvariant();
        if (wanted is not ("pdf" or "docx"))
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]>
                {
                    ["format"] = ["รูปแบบต้องเป็น pdf หรือ docx / format must be pdf or docx"],
                },
                title: "คำขอไม่ถูกต้อง / Invalid request"
            );
        var document = await db.Documents.FindAsync([id], cancellationToken);
        if (document is null || !CanRead(user, document))
            return TypedResults.NotFound();
        if (wanted == "docx")
            return TypedResults.File(
                renderer.Docx(document),
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                FileName(document, "docx")
            );
        if (document.Status != DocumentStatus.Rendered)
            return TypedResults.NotFound();
        var path = renderer.PathOf(document);
        if (!File.Exists(path))
            return TypedResults.NotFound();
        return TypedResults.PhysicalFile(path, "application/pdf", FileName(document, "pdf"));
    }

    /// <summary>
    /// Queues a document and answers 202 with its id; the same data already rendered answers with that document. A
    /// render changes no data, so reading the organisation (or the summary's area) is enough to ask for one.
    /// </summary>
    public static async Task<
        Results<Accepted<DocumentResponse>, ValidationProblem, NotFound<ProblemDetails>, ProblemHttpResult>
    > RequestDocument(
        DocumentRequest request,
        ClaimsPrincipal user,
        DocumentsDbContext db,
        DocumentRenderer renderer,
        IOptions<DocumentsOptions> options,
        CancellationToken cancellationToken
    )
    {
        var errors = new Dictionary<string, string[]>();
        if (!Enum.IsDefined(request.Kind))
            errors["kind"] = ["ไม่รู้จักชนิดเอกสาร / unknown document kind"];
        if (request.FiscalYear is < 2500 or > 2700)
            errors["fiscalYear"] = ["ปีงบประมาณต้องเป็นปี พ.ศ. / fiscalYear must be a Buddhist Era year (2500–2700)"];
        if (request.Kind != DocumentKind.Summary && string.IsNullOrWhiteSpace(request.OrganisationCode))
            errors["organisationCode"] = ["ต้องระบุรหัสหน่วยงาน / organisationCode is required for this kind"];
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "คำขอไม่ถูกต้อง / Invalid request");

        DocumentRecord document;
        if (request.Kind == DocumentKind.Summary)
        {
            var province = OrganisationScope.BareProvince(request.Province);
            // The area's own readers: a province's overseers (and national admins); the nation's, national admins.
            if (!OrganisationAccess.CanRead(user, "", province))
                return TypedResults.Problem(
                    new ProblemDetails
                    {
                        Title = "ไม่มีสิทธิ์ขอเอกสารสรุปนี้ / Not allowed to request this summary",
                        Detail = province is null
                            ? "สรุประดับประเทศขอได้เฉพาะผู้ดูแลระดับประเทศ (province) / The national summary is for national admins."
                            : $"สรุปจังหวัด{province}ขอได้เฉพาะผู้กำกับดูแลจังหวัดนั้นและผู้ดูแลระดับประเทศ (province) / A province's summary is for its overseers.",
                        Status = StatusCodes.Status403Forbidden,
                    }
                );
            var rows = await db
                .OrganisationYears.Where(o =>
                    o.FiscalYear == request.FiscalYear && (province == null || o.Province == province)
                )
                .OrderBy(o => o.OrganisationCode)
                .ToListAsync(cancellationToken);
            // An official-looking summary of nothing would mislead: no organisation of the area has data that year.
            if (rows.Count == 0)
                return TypedResults.NotFound(
                    new ProblemDetails
                    {
                        Title = "ไม่มีข้อมูลสำหรับสรุปนี้ / No data for this summary",
                        Detail =
                            $"ยังไม่มีข้อมูลขององค์กรปกครองส่วนท้องถิ่น{(province is null ? "ทั่วประเทศ" : "ในจังหวัด" + province)} "
                            + $"ปีงบประมาณ พ.ศ. {request.FiscalYear} / No organisation {(province is null ? "" : $"in {province} ")}"
                            + $"has data for fiscal year {request.FiscalYear}.",
                        Status = StatusCodes.Status404NotFound,
                    }
                );
            var scope = province ?? "ทั่วประเทศ";
            // The day the data were read: the same data asked for again that day is the same document.
            var data = new SummaryData(
                request.FiscalYear,
                province,
                rows.Select(SummaryRow.From).ToList(),
                Parts.ThaiDay(DateTime.UtcNow),
                options.Value.IssuingOffice(province)
            );
            (document, _) = await DocumentLedger.RecordAsync(
                db,
                DocumentKind.Summary,
                $"summary:{scope}:{request.FiscalYear}",
                "",
                province is null ? "ทั่วประเทศ" : "จังหวัด" + province,
                province,
                request.FiscalYear,
                data,
                RenderPriority.SomeoneWaits,
                cancellationToken
            );
        }
        else
        {
            var latest = await db
                .Documents.Where(d =>
                    d.Kind == request.Kind
                    && d.OrganisationCode == request.OrganisationCode
                    && d.FiscalYear == request.FiscalYear
                )
                .OrderByDescending(d => d.CreatedAtUtc)
                .FirstOrDefaultAsync(cancellationToken);
            // Another organisation's data does not exist for the caller: the same answer as no data at all.
            if (latest is null || !CanRead(user, latest))
                return TypedResults.NotFound(
                    new ProblemDetails
                    {
                        Title = "ยังไม่มีข้อมูลสำหรับเอกสารนี้ / No data for this document yet",
                        // Names no organisation: the same answer whether it has no data or is out of the caller's reach.
                        Detail = $"fiscalYear {request.FiscalYear}, kind {request.Kind}",
                        Status = StatusCodes.Status404NotFound,
                    }
                );
            document = latest;
            // Rendered with its file in place: nothing to do. A lost file is rendered again from the kept data.
            if (document.Status != DocumentStatus.Rendered || !File.Exists(renderer.PathOf(document)))
                DocumentLedger.QueueRender(db, document, DateTime.UtcNow, RenderPriority.SomeoneWaits);
        }
        await db.SaveChangesAsync(cancellationToken);
        return TypedResults.Accepted($"/api/documents/{document.Id}", DocumentResponse.From(document));
    }

    /// <summary>A summary has no organisation code: its province (null for the nation) alone decides who reads it.</summary>
    private static bool CanRead(ClaimsPrincipal user, DocumentRecord document) =>
        OrganisationAccess.CanRead(user, document.OrganisationCode, document.Province);

    private static string FileName(DocumentRecord document, string extension)
    {
        var kind = document.Kind.ToString().ToLowerInvariant();
        var who = document.OrganisationCode.Length > 0 ? document.OrganisationCode : "summary";
        return $"ita-{kind}-{who}-{document.FiscalYear}-v{document.Version}.{extension}";
    }

    /// <summary>The document's HTML, for the portal's preview.</summary>
    public static async Task<Results<ContentHttpResult, NotFound>> GetPreview(
        Guid id,
        ClaimsPrincipal user,
        DocumentsDbContext db,
        DocumentRenderer renderer,
        CancellationToken cancellationToken
    )
    {
        var document = await db.Documents.FindAsync([id], cancellationToken);
        return document is null || !CanRead(user, document)
            ? TypedResults.NotFound()
            : TypedResults.Content(renderer.Html(document), "text/html; charset=utf-8");
    }
}
