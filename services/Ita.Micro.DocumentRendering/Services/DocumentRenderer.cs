using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Templates;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Extensions.Options;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>Makes a document's PDF from its recorded data and keeps it in the documents folder.</summary>
public sealed class DocumentRenderer(
    ChromiumPdfRenderer chromium, IOptions<DocumentsOptions> options, IOptions<DatabaseOptions> database,
    ILogger<DocumentRenderer> logger)
{
    private readonly Lazy<string?> _emblem = new(() =>
    {
        var path = options.Value.EmblemPath;
        if (string.IsNullOrWhiteSpace(path)) return null;
        if (File.Exists(path)) return File.ReadAllText(path);
        // A missing emblem must not stop documents: they show a marked empty box of its size instead.
        logger.LogWarning("Documents:EmblemPath {EmblemPath} does not exist; documents show an empty emblem box", path);
        return null;
    });

    public string Folder => Path.GetFullPath(Path.Combine(database.Value.DataDirectory, "documents"));

    public string PathOf(DocumentRecord document) => Path.Combine(Folder, $"{document.Id:N}.pdf");

    /// <summary>The document as the HTML that is printed to PDF (and shown as the portal's preview).</summary>
    public string Html(DocumentRecord document) => HtmlDocWriter.Write(Layout(document), Options(null));

    /// <summary>The document as an editable Word file with the same content and tables.</summary>
    public byte[] Docx(DocumentRecord document, bool? thaiDigits = null) => DocxDocWriter.Write(Layout(document), Options(thaiDigits));

    private LayoutOptions Options(bool? thaiDigits) => new(thaiDigits ?? options.Value.ThaiDigits, _emblem.Value);

    private Doc Layout(DocumentRecord document) => document.Kind switch
    {
        // Prepared on the day it was recorded (in Thai time), so rendering it again prints the same date.
        DocumentKind.Analysis => AnalysisTemplate.Build(Read<DocumentData>(document), Parts.ThaiDay(document.CreatedAtUtc)),
        DocumentKind.Announcement => AnnouncementTemplate.Build(Read<ImprovementPlanPublished>(document)),
        DocumentKind.ProgressReport => ProgressReportTemplate.Build(Read<ProgressDocumentData>(document)),
        DocumentKind.Memo => MemoTemplate.Build(Read<ProgressDocumentData>(document)),
        DocumentKind.Summary => SummaryTemplate.Build(Read<SummaryData>(document)),
        _ => throw new NotSupportedException($"No template for document kind {document.Kind}."),
    };

    private static T Read<T>(DocumentRecord document) =>
        JsonSerializer.Deserialize<T>(document.DataJson, ContractJson.Options)
        ?? throw new InvalidOperationException($"Document {document.Id} has no data.");

    /// <summary>Renders and writes the file; returns its size in bytes.</summary>
    public async Task<long> RenderToFileAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        var pdf = await chromium.RenderAsync(Html(document), cancellationToken);
        Directory.CreateDirectory(Folder);
        var path = PathOf(document);
        // Written beside and moved, so a reader never sees half a file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        await File.WriteAllBytesAsync(temporary, pdf, cancellationToken);
        File.Move(temporary, path, overwrite: true);
        document.FileName = Path.GetFileName(path);
        return pdf.LongLength;
    }
}
