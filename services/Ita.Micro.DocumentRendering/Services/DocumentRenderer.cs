using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Telemetry;
using Ita.Micro.DocumentRendering.Templates;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Extensions.Options;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>Makes a document's PDF from its recorded data and keeps it in the documents folder.</summary>
public sealed class DocumentRenderer(
    ChromiumPdfRenderer chromium,
    IOptions<DocumentsOptions> options,
    IOptions<DatabaseOptions> database,
    ICodeBooks books,
    ILogger<DocumentRenderer> logger
)
{
    private readonly Lock _emblemLock = new();
    private Task<EmblemImage?>? _emblem;

    public string Folder => Path.GetFullPath(Path.Combine(database.Value.DataDirectory, "documents"));

    public string PathOf(DocumentRecord document) => Path.Combine(Folder, $"{document.Id:N}.pdf");

    /// <summary>The document as the HTML that is printed to PDF (and shown as the portal's preview).</summary>
    public string Html(DocumentRecord document) => Html(document, EmblemNow());

    /// <summary>The document as an editable Word file with the same content and tables.</summary>
    public byte[] Docx(DocumentRecord document, bool? thaiDigits = null) =>
        DocxDocWriter.Write(Layout(document), new LayoutOptions(thaiDigits ?? options.Value.ThaiDigits, EmblemNow()));

    private string Html(DocumentRecord document, EmblemImage? emblem) =>
        HtmlDocWriter.Write(Layout(document), new LayoutOptions(options.Value.ThaiDigits, emblem));

    /// <summary>
    /// The emblem, prepared on first use and then shared by every document. A failed preparation (Chromium down) is
    /// tried again by the next document rather than remembered.
    /// </summary>
    private Task<EmblemImage?> EmblemAsync()
    {
        lock (_emblemLock)
        {
            if (_emblem is null || _emblem.IsFaulted || _emblem.IsCanceled)
                _emblem = EmblemLoader.LoadAsync(options.Value.EmblemPath, chromium, logger, CancellationToken.None);
            return _emblem;
        }
    }

    /// <summary>
    /// For the synchronous preview and DOCX: waits only while the emblem is first prepared (ASP.NET Core has no
    /// synchronisation context to deadlock on); afterwards the task has completed.
    /// </summary>
    private EmblemImage? EmblemNow() => EmblemAsync().GetAwaiter().GetResult();

    private Doc Layout(DocumentRecord document) =>
        document.Kind switch
        {
            // Prepared on the day it was recorded (in Thai time), so rendering it again prints the same date.
            DocumentKind.Analysis => AnalysisTemplate.Build(
                Read<DocumentData>(document),
                Parts.ThaiDay(document.CreatedAtUtc)
            ),
            DocumentKind.Announcement => AnnouncementTemplate.Build(Read<ImprovementPlanPublished>(document)),
            DocumentKind.ProgressReport => ProgressReportTemplate.Build(Read<ProgressDocumentData>(document)),
            DocumentKind.Memo => MemoTemplate.Build(Read<ProgressDocumentData>(document)),
            DocumentKind.Summary => Summary(Read<SummaryData>(document)),
            _ => throw new NotSupportedException($"No template for document kind {document.Kind}."),
        };

    private Doc Summary(SummaryData data) => SummaryTemplate.Build(data, books.Find(data.FiscalYear));

    private static T Read<T>(DocumentRecord document) =>
        JsonSerializer.Deserialize<T>(document.DataJson, ContractJson.Options)
        ?? throw new InvalidOperationException($"Document {document.Id} has no data.");

    /// <summary>Renders and writes the file; returns its size in bytes.</summary>
    public async Task<long> RenderToFileAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        try
        {
            var size = await WriteFileAsync(document, cancellationToken);
            DocumentMetrics.Render(document.Kind.ToString(), Stopwatch.GetElapsedTime(started), succeeded: true);
            return size;
        }
        catch
        {
            DocumentMetrics.Render(document.Kind.ToString(), Stopwatch.GetElapsedTime(started), succeeded: false);
            throw;
        }
    }

    private async Task<long> WriteFileAsync(DocumentRecord document, CancellationToken cancellationToken)
    {
        var emblem = await EmblemAsync().WaitAsync(cancellationToken);
        var pdf = await chromium.RenderAsync(Html(document, emblem), cancellationToken);
        Directory.CreateDirectory(Folder);
        var path = PathOf(document);
        // Written beside and moved, so a reader never sees half a file.
        var temporary = $"{path}.{Guid.NewGuid():N}.tmp";
        try
        {
            await File.WriteAllBytesAsync(temporary, pdf, cancellationToken);
            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            // A write cut short (the service stopping, a full disk) leaves no piece of a file behind.
            File.Delete(temporary);
            throw;
        }
        document.FileName = Path.GetFileName(path);
        return pdf.LongLength;
    }
}
