using System.ComponentModel.DataAnnotations;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>Renders a recorded document to PDF, stores the file and announces it.</summary>
public sealed class RenderDocumentConsumer(
    DocumentsDbContext db,
    DocumentRenderer renderer,
    ILogger<RenderDocumentConsumer> logger
) : IConsumer<RenderDocument>
{
    public async Task Consume(ConsumeContext<RenderDocument> context)
    {
        var ct = context.CancellationToken;
        var document = await db.Documents.FindAsync([context.Message.DocumentId], ct)
            ?? throw new ValidationException(
                $"Document {context.Message.DocumentId} is not known to document rendering."
            );
        // Rendered and its file still there: nothing to do. A lost file is rendered again from the kept data.
        if (document.Status == DocumentStatus.Rendered && File.Exists(renderer.PathOf(document)))
            return;

        var size = await renderer.RenderToFileAsync(document, ct);
        document.Status = DocumentStatus.Rendered;
        document.SizeBytes = size;
        document.RenderedAtUtc = DateTime.UtcNow;
        db.Publish(
            new DocumentRendered
            {
                DocumentId = document.Id,
                Kind = document.Kind,
                OrganisationCode = document.OrganisationCode,
                FiscalYear = document.FiscalYear,
                ContentType = "application/pdf",
                SizeBytes = size,
                DataHash = document.DataHash,
                DownloadPath = $"/api/documents/{document.Id}/content",
                RenderedAtUtc = document.RenderedAtUtc.Value,
            }
        );
        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Rendered {DocumentKind} document {DocumentId} of {OrganisationCode} {FiscalYear}: {SizeBytes} bytes",
            document.Kind,
            document.Id,
            document.OrganisationCode,
            document.FiscalYear,
            size
        );
    }
}
