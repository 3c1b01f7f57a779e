using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// The service hosted as it runs on the real broker: measure-tracking events published as measure tracking would
/// become rendered documents, which the API serves as PDF, DOCX and HTML; a summary is asked for over HTTP.
/// </summary>
[Collection(DocumentsBrokerCollection.Name)]
public sealed class DocumentsFlowTests(RabbitMqFixture rabbit) : IAsyncLifetime
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private DocumentsApp _app = null!;
    private HttpClient _client = null!;
    private IBusControl _bus = null!;

    public async Task InitializeAsync()
    {
        _app = new DocumentsApp(rabbit.Broker);
        _client = await _app.CreateReadyClientAsync();
        var broker = rabbit.Broker;
        _bus = Bus.Factory.CreateUsingRabbitMq(r => r.Host(broker.Host, (ushort)broker.Port, broker.VirtualHost, h =>
            {
                h.Username(broker.Username);
                h.Password(broker.Password);
            }));
        await _bus.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _bus.StopAsync();
        _client.Dispose();
        await _app.DisposeAsync();
    }

    [Fact]
    public async Task Published_plan_and_submitted_report_become_an_announcement_a_report_and_a_memo_served_as_PDF_DOCX_and_HTML()
    {
        await _bus.Publish(new AnalysisBuilder(Organisations.MaeChan).Build());
        await _bus.Publish(MeasureEvents.Approved());
        await _bus.Publish(MeasureEvents.Published());
        await _bus.Publish(MeasureEvents.Report());

        var documents = await RenderedAsync(3);

        Assert.Equal(
            [DocumentKind.Announcement, DocumentKind.ProgressReport, DocumentKind.Memo],
            documents.Select(d => d.Kind).Order()
        );
        Assert.All(documents, d => Assert.Equal(1, d.Version));
        var memo = documents.Single(d => d.Kind == DocumentKind.Memo);
        var memos = await _client.GetFromJsonAsync<List<DocumentResponse>>(
            "/api/documents/?organisationCode=5630501&kind=Memo",
            Json
        );
        Assert.Equal(memo.Id, Assert.Single(memos!).Id);
        var status = await _client.GetFromJsonAsync<DocumentResponse>($"/api/documents/{memo.Id}", Json);
        Assert.Equal(
            (DocumentStatus.Rendered, $"/api/documents/{memo.Id}/content"),
            (status!.Status, status.ContentPath)
        );

        using var pdf = await _client.GetAsync($"/api/documents/{memo.Id}/content?format=pdf");
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var path = Path.Combine(_app.DataDirectory, "memo.pdf");
        await File.WriteAllBytesAsync(path, await pdf.Content.ReadAsByteArrayAsync());
        // The memo carries the assessed year's result, kept from AssessmentAnalysed.
        PdfText.InOrder(
            await PdfText.TextAsync(path),
            "บันทึกข้อความ",
            "เรื่องเดิม",
            "มีคะแนนรวม ๘๕.๗๑",
            "ข้อเท็จจริง",
            "ข้อพิจารณา",
            "(นายสมชาย ใจดี)"
        );

        using var docx = await _client.GetAsync($"/api/documents/{memo.Id}/content?format=docx");
        Assert.Equal(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            docx.Content.Headers.ContentType!.MediaType
        );
        PdfText.InOrder(
            DocxText.Text(await docx.Content.ReadAsByteArrayAsync()),
            "บันทึกข้อความ",
            "เรื่องเดิม",
            "ข้อเท็จจริง",
            "(นายสมชาย ใจดี)"
        );

        var preview = await _client.GetStringAsync($"/api/documents/{memo.Id}/preview");
        Assert.StartsWith("<!DOCTYPE html>", preview, StringComparison.Ordinal);
        Assert.Contains("บันทึกข้อความ", preview, StringComparison.Ordinal);

        using var wrongFormat = await _client.GetAsync($"/api/documents/{memo.Id}/content?format=xls");
        Assert.Equal(HttpStatusCode.BadRequest, wrongFormat.StatusCode);
        Assert.Contains(
            "format",
            (await wrongFormat.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!.Errors.Keys
        );
    }

    [Fact]
    public async Task The_same_plan_published_again_is_not_rendered_again_and_changed_measures_make_version_2()
    {
        await _bus.Publish(MeasureEvents.Published());
        var first = Assert.Single(await RenderedAsync(1));

        // Another publish of the same plan, by someone else and later: the same data, nothing new to render.
        await _bus.Publish(
            MeasureEvents.Published() with
            {
                PublishedBy = "officer-2",
                PublishedAtUtc = DateTime.UtcNow,
            }
        );
        var changed = MeasureEvents.Published(MeasureEvents.Measures.Take(2).ToList()) with { PlanVersion = 4 };
        await _bus.Publish(changed);
        await WaitAsync(() =>
            _app.QueryAsync(db =>
                db.InboxMessages.CountAsync(m => m.Consumer == "ImprovementPlanPublishedConsumer")
                    .ContinueWith(t => t.Result == 3)
            )
        );
        var documents = await RenderedAsync(2);

        Assert.Equal([1, 2], documents.Select(d => d.Version).Order());
        Assert.Equal(first.DataHash, documents.Single(d => d.Version == 1).DataHash);
        Assert.All(documents, d => Assert.Equal($"plan:{MeasureEvents.PlanId}", d.Subject));
    }

    [Fact]
    public async Task A_superseding_report_renders_its_report_and_memo_as_version_2_and_keeps_version_1()
    {
        var first = MeasureEvents.Report(ReportPeriod.TwelveMonths) with
        {
            Signatories =
            [
                new Signatory { Name = "นางสาวกรรณิการ์ รวยบุญสง", Position = "นิติกรชำนาญการ" },
                MeasureEvents.Mayor,
            ],
        };
        await _bus.Publish(first);
        var before = await RenderedAsync(2);

        var corrected = first with
        {
            ReportId = Guid.Parse("a1000000-0000-0000-0000-000000000013"),
            Revision = 2,
            Supersedes = first.ReportId,
            CorrectionReason = "แก้ชื่อผู้จัดทำที่พิมพ์ผิด",
            SubmittedAtUtc = first.SubmittedAtUtc.AddDays(3),
            Signatories =
            [
                new Signatory { Name = "นางสาวกรรณิการ์ รวยบุญส่ง", Position = "นิติกรชำนาญการ" },
                MeasureEvents.Mayor,
            ],
            OriginatingUnit = "สำนักปลัด",
            DocumentPrefix = "ตก ๗๓๖๐๑",
            DocumentNumber = "123",
        };
        await _bus.Publish(corrected);
        var documents = await RenderedAsync(4);

        foreach (var kind in new[] { DocumentKind.ProgressReport, DocumentKind.Memo })
        {
            var versions = documents.Where(d => d.Kind == kind).OrderBy(d => d.Version).ToList();
            Assert.Equal([1, 2], versions.Select(d => d.Version));
            Assert.All(versions, d => Assert.Equal($"report:{MeasureEvents.PlanId}:12", d.Subject));
            // The first version is kept as it was rendered.
            Assert.Equal(before.Single(d => d.Kind == kind).DataHash, versions[0].DataHash);
        }
        var memos = documents.Where(d => d.Kind == DocumentKind.Memo).OrderBy(d => d.Version).ToList();
        var old = await MemoTextAsync(memos[0].Id, "memo-1.pdf");
        var current = await MemoTextAsync(memos[1].Id, "memo-2.pdf");
        Assert.Contains("รวยบุญสง)", old, StringComparison.Ordinal);
        Assert.Contains("........................................", old, StringComparison.Ordinal);
        // The correction: its preparer's name, the unit that prepared it in its organisation, the prefix and number.
        PdfText.InOrder(
            current,
            "ส่วนราชการ สำนักปลัดเทศบาลตำบลแม่จัน",
            "ที่ ตก ๗๓๖๐๑/๑๒๓",
            "(นางสาวกรรณิการ์ รวยบุญส่ง)"
        );
        var listed = await _client.GetFromJsonAsync<List<DocumentResponse>>(
            "/api/documents/?organisationCode=5630501&kind=Memo",
            Json
        );
        Assert.Equal(2, listed!.Count);
    }

    private async Task<string> MemoTextAsync(Guid id, string file)
    {
        var path = Path.Combine(_app.DataDirectory, file);
        await File.WriteAllBytesAsync(path, await _client.GetByteArrayAsync($"/api/documents/{id}/content?format=pdf"));
        return await PdfText.TextAsync(path);
    }

    [Fact]
    public async Task A_summary_asked_for_over_HTTP_is_accepted_rendered_from_the_kept_events_and_the_same_request_is_free()
    {
        await _bus.Publish(new AnalysisBuilder(Organisations.MaeChan).Build());
        await _bus.Publish(MeasureEvents.Published());
        await RenderedAsync(1);
        await WaitAsync(() => _app.QueryAsync(db => db.OrganisationYears.AnyAsync(o => o.Plan == PlanStage.Published)));

        using var accepted = await _client.PostAsJsonAsync(
            "/api/documents",
            new
            {
                kind = "Summary",
                fiscalYear = 2568,
                province = "ตาก",
            }
        );

        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        var summary = (await accepted.Content.ReadFromJsonAsync<DocumentResponse>(Json))!;
        Assert.Equal($"/api/documents/{summary.Id}", accepted.Headers.Location!.OriginalString);
        await WaitAsync(async () =>
            (await _client.GetFromJsonAsync<DocumentResponse>($"/api/documents/{summary.Id}", Json))!.Status
            == DocumentStatus.Rendered
        );
        var path = Path.Combine(_app.DataDirectory, "summary.pdf");
        await File.WriteAllBytesAsync(path, await _client.GetByteArrayAsync($"/api/documents/{summary.Id}/content"));
        PdfText.InOrder(
            await PdfText.TextAsync(path),
            "จังหวัดตาก",
            "ที่มีข้อมูล ๑ แห่ง",
            "คะแนนเฉลี่ย ๘๕.๗๑",
            "ประกาศมาตรการแล้ว ๑",
            "เทศบาลตำบลแม่จัน"
        );

        using var again = await _client.PostAsJsonAsync(
            "/api/documents",
            new
            {
                kind = "Summary",
                fiscalYear = 2568,
                province = "ตาก",
            }
        );
        Assert.Equal(summary.Id, (await again.Content.ReadFromJsonAsync<DocumentResponse>(Json))!.Id);
    }

    [Fact]
    public async Task A_request_without_an_organisation_or_with_a_Gregorian_year_is_refused_naming_the_fields()
    {
        using var response = await _client.PostAsJsonAsync("/api/documents", new { kind = "Memo", fiscalYear = 2025 });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<HttpValidationProblemDetails>())!;
        Assert.Equal(["fiscalYear", "organisationCode"], problem.Errors.Keys.Order());
        Assert.Equal(0, await _app.QueryAsync(db => db.Documents.CountAsync()));
    }

    [Fact]
    public async Task When_Chromium_is_killed_while_the_report_renders_the_jobs_still_complete()
    {
        await _bus.Publish(MeasureEvents.Published());
        await RenderedAsync(1);
        var browser = BrowserProcesses.Under(_app.ChromiumRoot);
        Assert.NotNull(browser);

        await _bus.Publish(MeasureEvents.Report(ReportPeriod.TwelveMonths));
        // Kill it as soon as the report's renders are queued: they are in flight or about to start.
        await WaitAsync(() => _app.QueryAsync(db => db.Documents.AnyAsync(d => d.Kind == DocumentKind.Memo)));
        browser.Kill();
        // Gone from /proc before the last assertion looks for the browser again.
        await browser.WaitForExitAsync();

        var documents = await RenderedAsync(3);
        Assert.Equal(3, documents.Count(d => d.Status == DocumentStatus.Rendered));
        Assert.NotEqual(browser.Id, BrowserProcesses.Under(_app.ChromiumRoot)?.Id);
    }

    /// <summary>Waits until <paramref name="count"/> documents are rendered and returns them all.</summary>
    private async Task<List<DocumentRecord>> RenderedAsync(int count)
    {
        List<DocumentRecord> documents = [];
        await WaitAsync(async () =>
        {
            documents = await _app.QueryAsync(db => db.Documents.AsNoTracking().ToListAsync());
            return documents.Count(d => d.Status == DocumentStatus.Rendered) >= count;
        });
        return documents;
    }

    private static Task WaitAsync(Func<Task<bool>> condition) =>
        Eventually.HoldsAsync(condition, TimeSpan.FromSeconds(60), "the documents", TimeSpan.FromMilliseconds(100));
}
