using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// The whole flow on one database: analysis, plan, then the RenderDocument the plan queued, rendered by the real
/// <see cref="DocumentRenderer"/> on the class's one warm Chromium.
/// </summary>
public sealed class RenderDocumentConsumerTests(RendererFixture chromium)
    : IClassFixture<RendererFixture>,
        IAsyncLifetime
{
    private static readonly string RenderDocumentType = typeof(RenderDocument).AssemblyQualifiedName!;
    private static readonly string DocumentRenderedType = typeof(DocumentRendered).AssemblyQualifiedName!;

    private ConsumerHarness<DocumentsDbContext> _harness = null!;

    public async Task InitializeAsync()
    {
        var emblem = Path.Combine(
            Repository.Shared ?? throw new InvalidOperationException("No shared folder beside the repository"),
            "assets",
            "garuda.svg"
        );
        _harness = await ConsumerHarness<DocumentsDbContext>.StartAsync(
            o => new DocumentsDbContext(o),
            x =>
            {
                x.AddInboxConsumer<AssessmentAnalysedConsumer, DocumentsDbContext>();
                x.AddInboxConsumer<ImprovementPlanDraftedConsumer, DocumentsDbContext>();
                x.AddConsumer<RenderDocumentConsumer>();
            },
            (services, database) =>
                services
                    // An instance the container did not create is not disposed with it: Chromium stays up for the next test.
                    .AddSingleton(chromium.Renderer)
                    .AddSingleton(Options.Create(new DocumentsOptions { ThaiDigits = true, EmblemPath = emblem }))
                    .AddSingleton(Options.Create(new DatabaseOptions { DataDirectory = database.Folder }))
                    .AddSingleton<DocumentRenderer>()
        );
    }

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private DocumentRenderer Renderer => _harness.Services.GetRequiredService<DocumentRenderer>();

    [Fact]
    public async Task A_recorded_document_renders_to_a_PDF_file_is_marked_rendered_and_DocumentRendered_is_queued_in_the_outbox()
    {
        var (document, command, messageId) = await RecordDocumentAsync(
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build()
        );

        var fault = await _harness.ConsumeAsync(command, messageId);

        Assert.Null(fault);
        var rendered = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        var path = Renderer.PathOf(rendered);
        Assert.Equal(Path.Combine(_harness.Database.Folder, "documents", $"{document.Id:N}.pdf"), path);
        var pdf = await File.ReadAllBytesAsync(path);
        Assert.True(pdf.AsSpan().StartsWith("%PDF"u8), "The file does not start with %PDF");
        Assert.Equal(
            (DocumentStatus.Rendered, pdf.LongLength, $"{document.Id:N}.pdf"),
            (rendered.Status, rendered.SizeBytes, rendered.FileName)
        );
        Assert.NotNull(rendered.RenderedAtUtc);
        Assert.False(File.Exists(path + ".tmp"));

        var text = await ExternalTool.RunAsync("pdftotext", path, "-");
        Assert.Contains("เทศบาลตำบลแม่จัน", text, StringComparison.Ordinal);

        var outbox = Assert.Single(
            await _harness.QueryAsync(db =>
                db.OutboxMessages.Where(m => m.MessageType == DocumentRenderedType).ToListAsync()
            )
        );
        var announced = JsonSerializer.Deserialize<DocumentRendered>(outbox.Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (document.Id, DocumentKind.Analysis, "5630501", 2568, "application/pdf"),
            (
                announced.DocumentId,
                announced.Kind,
                announced.OrganisationCode,
                announced.FiscalYear,
                announced.ContentType
            )
        );
        Assert.Equal(
            (pdf.LongLength, document.DataHash, $"/api/documents/{document.Id}/content"),
            (announced.SizeBytes, announced.DataHash, announced.DownloadPath)
        );
    }

    [Fact]
    public async Task RenderDocument_delivered_again_does_not_render_again_or_announce_twice()
    {
        var (_, command, messageId) = await RecordDocumentAsync(
            new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build()
        );
        Assert.Null(await _harness.ConsumeAsync(command, messageId));
        var rendered = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        var path = Renderer.PathOf(rendered);
        // Marked with a time long past: a second write, whenever it happened, would leave the file's time at now.
        var written = new DateTime(2000, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(path, written);

        // The outbox publishes again under the same MessageId after a crash between publish and mark.
        var again = await _harness.ConsumeAsync(command, messageId);

        Assert.Null(again);
        Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        Assert.Equal(
            1,
            await _harness.QueryAsync(db => db.OutboxMessages.CountAsync(m => m.MessageType == DocumentRenderedType))
        );
        var after = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        Assert.Equal((rendered.SizeBytes, rendered.RenderedAtUtc), (after.SizeBytes, after.RenderedAtUtc));
    }

    [Fact]
    public async Task Markup_in_a_measure_title_is_printed_as_text_and_never_runs_or_loads()
    {
        const string title = "<script>alert(1)</script><img src=file:///etc/passwd>";
        var plan = new PlanBuilder(Organisations.MaeChan)
            .WithMeasure(
                title,
                4,
                "การใช้ทรัพย์สินของราชการ",
                "ข้อ i10 ได้ 45.92 คะแนน",
                "สำนักปลัด",
                "มกราคม – กันยายน 2569"
            )
            .Build();
        var (_, command, messageId) = await RecordDocumentAsync(plan);
        var blockedBefore = chromium.Logger.Entries.Count(e => e.EventId.Id == 7);

        var fault = await _harness.ConsumeAsync(command, messageId);

        Assert.Null(fault);
        var rendered = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        var text = await ExternalTool.RunAsync("pdftotext", Renderer.PathOf(rendered), "-");
        Assert.Contains("<script>", text, StringComparison.Ordinal);
        Assert.Contains("</script>", text, StringComparison.Ordinal);
        Assert.Contains("<img", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        // Shown as text, the image is no element: the page never even asks for the file.
        Assert.Equal(blockedBefore, chromium.Logger.Entries.Count(e => e.EventId.Id == 7));
    }

    [Fact]
    public async Task RenderDocument_for_a_document_not_recorded_here_faults_with_a_validation_error_and_renders_nothing()
    {
        var fault = await _harness.ConsumeAsync(
            new RenderDocument
            {
                DocumentId = Guid.NewGuid(),
                Kind = DocumentKind.Analysis,
                OrganisationCode = "5630501",
                FiscalYear = 2568,
                RequestedAtUtc = DateTime.UtcNow,
            }
        );

        Assert.IsType<ValidationException>(fault);
        Assert.False(Directory.Exists(Renderer.Folder) && Directory.EnumerateFiles(Renderer.Folder).Any());
        Assert.Equal(0, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    /// <summary>
    /// Delivers the seed analysis and <paramref name="plan"/>, and returns the recorded document with the
    /// RenderDocument the plan queued and the MessageId the outbox would publish it under.
    /// </summary>
    private async Task<(DocumentRecord Document, RenderDocument Command, Guid MessageId)> RecordDocumentAsync(
        ImprovementPlanDrafted plan
    )
    {
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder(Organisations.MaeChan).Build()));
        Assert.Null(await _harness.ConsumeAsync(plan));
        var document = await _harness.QueryAsync(db => db.Documents.SingleAsync());
        var outbox = await _harness.QueryAsync(db =>
            db.OutboxMessages.SingleAsync(m => m.MessageType == RenderDocumentType)
        );
        return (
            document,
            JsonSerializer.Deserialize<RenderDocument>(outbox.Body, JsonSerializerOptions.Web)!,
            outbox.MessageId
        );
    }
}
