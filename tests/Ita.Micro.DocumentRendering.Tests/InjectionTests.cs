using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Tests.TestData;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>Markup, file addresses and javascript: in every user field are printed as text in HTML, PDF and DOCX.</summary>
public sealed class InjectionTests(RendererFixture chromium) : IClassFixture<RendererFixture>, IDisposable
{
    private const string Script = "<script>document.body.innerHTML='HACKED'</script>";
    private const string Image = "<img src=file:///etc/passwd>";
    private const string Link = "javascript:alert(1)";

    private readonly DocumentFactory _factory = new(chromium.Renderer);

    public void Dispose() => _factory.Dispose();

    private static PlannedMeasure Hostile(int order) =>
        MeasureEvents.Measure(order, Script + Image, MeasureEvents.Assets, Link, Image) with
        {
            ResponsibleUnits = [Image],
            Period = Link,
            Finding = Script,
            Indicators = [new IndicatorRef { Number = 4, Name = "<b onmouseover=x>ทรัพย์สิน</b>" }],
        };

    public static TheoryData<DocumentKind> Kinds =>
        new() { DocumentKind.Announcement, DocumentKind.ProgressReport, DocumentKind.Memo };

    private static DocumentRecord Document(DocumentKind kind)
    {
        var organisation = Organisations.MaeChan with { Name = "เทศบาล" + Image };
        if (kind == DocumentKind.Announcement)
            return DocumentFactory.Record(
                kind,
                MeasureEvents.Published([Hostile(1)], organisation) with
                {
                    Signatory = new Signatory
                    {
                        Name = Script,
                        Position = Link,
                        ActingFor = Image,
                    },
                }
            );
        var progress = MeasureEvents.Progress(MeasureStatus.Dropped, Script, Image) with
        {
            DroppedReason = Link,
            Evidence = [new EvidenceLink { Url = Link, Title = Image }],
        };
        var report = MeasureEvents.Report(
            entries: [new ProgressReportEntry { Measure = Hostile(1), Progress = progress }]
        ) with
        {
            Organisation = organisation,
            Signatories =
            [
                new Signatory { Name = Script, Position = Image },
                new Signatory { Name = "นาย ก", Position = Link },
            ],
        };
        return DocumentFactory.Record(kind, new ProgressDocumentData(report, new AssessedResult(50m, Script, false)));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_HTML_holds_no_element_or_address_from_user_text(DocumentKind kind)
    {
        var html = _factory.Renderer.Html(Document(kind));

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img src=file", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b onmouseover", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;img src=file:///etc/passwd&gt;", html, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_PDF_prints_the_markup_as_text_and_never_runs_or_loads_it(DocumentKind kind)
    {
        var blockedBefore = chromium.Logger.Entries.Count(e => e.EventId.Id == 7);

        var text = await PdfText.TextAsync(await _factory.PdfAsync(Document(kind)));

        Assert.Contains("<script>", text, StringComparison.Ordinal);
        Assert.Contains("<img", text, StringComparison.Ordinal);
        Assert.Contains("javascript:", text, StringComparison.Ordinal);
        // Had the script run, the page would hold only "HACKED"; printed, its source sits among the document's sections.
        Assert.Contains("document.body.innerHTML='HACKED'</script>", text, StringComparison.Ordinal);
        Assert.Contains("เทศบาล<img src=file:///etc/passwd>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("root:", text, StringComparison.Ordinal);
        Assert.Equal(blockedBefore, chromium.Logger.Entries.Count(e => e.EventId.Id == 7));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_DOCX_holds_the_markup_as_plain_text_and_no_hyperlink(DocumentKind kind)
    {
        var docx = _factory.Renderer.Docx(Document(kind));

        var text = DocxText.Text(docx);
        Assert.Contains("<script>", text, StringComparison.Ordinal);
        Assert.Contains("<img src=file:///etc/passwd>", text, StringComparison.Ordinal);
        Assert.Contains("javascript:", text, StringComparison.Ordinal);
        Assert.Empty(DocxText.Errors(docx));
        using var word = DocxText.Open(docx);
        Assert.Empty(word.MainDocumentPart!.HyperlinkRelationships);
        Assert.Empty(word.MainDocumentPart.Document.Descendants<DocumentFormat.OpenXml.Wordprocessing.Hyperlink>());
    }
}
