using System.Text.Json.Nodes;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Tests.TestData;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// The seeds' page economy on the sample organisation (<see cref="Sample"/>), for the PDF and for the DOCX as
/// LibreOffice prints it: no more pages than an officer's Word version has, no page but the last whose text ends
/// above half of the text area (a row or block pushed on leaving the rest white), and the DOCX within one page of the
/// PDF holding every word of it.
/// </summary>
public sealed class SamplePagesTests(RendererFixture chromium) : IClassFixture<RendererFixture>, IDisposable
{
    // A4 in points and the margins of ระเบียบงานสารบรรณ: 2.5 cm at the top, 2 cm at the bottom.
    private const double TopMargin = 2.5 / 2.54 * 72,
        BottomMargin = 2.0 / 2.54 * 72;

    private readonly DocumentFactory _factory = new(chromium.Renderer);

    public void Dispose() => _factory.Dispose();

    public static TheoryData<DocumentKind, string, int> Documents =>
        new()
        {
            { DocumentKind.Analysis, "analysis.json", 14 },
            { DocumentKind.Announcement, "announcement.json", 4 },
            { DocumentKind.ProgressReport, "report-6.json", 7 },
            { DocumentKind.ProgressReport, "report-12.json", 7 },
            { DocumentKind.Memo, "report-6.json", 6 },
            { DocumentKind.Memo, "report-12.json", 6 },
        };

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_pdf_has_the_seeds_page_economy(DocumentKind kind, string file, int maxPages)
    {
        var pdf = await _factory.PdfAsync(Sample.Of(kind, file));
        Keep(pdf, kind, file, "pdf");
        await AssertPagesAsync(pdf, $"{kind} {file} (PDF)", maxPages);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public async Task The_docx_printed_by_LibreOffice_has_the_same_pages_and_every_word(
        DocumentKind kind,
        string file,
        int maxPages
    )
    {
        var document = Sample.Of(kind, file);
        var pdf = await _factory.PdfAsync(document);
        var printed = await LibreOffice.PrintAsync(
            _factory.Renderer.Docx(document),
            _factory.Folder,
            "docx-" + Path.GetFileNameWithoutExtension(file)
        );
        Keep(printed, kind, file, "docx");

        var pdfPages = (await PdfText.BottomsAsync(pdf)).Count;
        var docxPages = await AssertPagesAsync(printed, $"{kind} {file} (DOCX by LibreOffice)", maxPages);
        Assert.True(
            Math.Abs(docxPages - pdfPages) <= 1,
            $"{kind} {file}: the DOCX prints on {docxPages} pages, the PDF on {pdfPages}"
        );

        var docxText = PdfText.NoSpace(await PdfText.TextAsync(printed));
        var missing = (await PdfText.TextAsync(pdf))
            .Split((char[])[' ', '\n', '\r', '\t', '\f', PdfText.ZeroWidthSpace], StringSplitOptions.RemoveEmptyEntries)
            .Select(PdfText.NoSpace)
            .Where(word => !word.All(c => c == '-' || char.IsDigit(c)))
            .Where(word => !Found(docxText, word))
            .Distinct()
            .ToList();
        Assert.True(
            missing.Count == 0,
            $"{kind} {file}: the DOCX as LibreOffice prints it lacks {missing.Count} words of the PDF: {string.Join(" | ", missing.Take(20))}"
        );
    }

    [Theory]
    [InlineData(DocumentKind.Memo)]
    [InlineData(DocumentKind.ProgressReport)]
    public async Task A_very_long_step_and_a_very_long_dropped_reason_continue_across_pages_and_lose_no_word(
        DocumentKind kind
    )
    {
        // One step of about three pages' worth of a narrow column, and a dropped measure's reason as long: each row
        // must run on over the pages, never clipped, in the PDF and in the DOCX as LibreOffice prints it.
        var json = JsonNode.Parse(
            File.ReadAllText(
                Path.Combine(
                    RepoPaths.Root,
                    "tests",
                    "Ita.Micro.DocumentRendering.Tests",
                    "TestData",
                    "Sample",
                    "report-12.json"
                )
            )
        )!;
        var entries = json["report"]!["entries"]!.AsArray();
        var longStep = string.Join(
            " ",
            Enumerable.Range(1, 60).Select(n => $"ขั้นที่{n} ประสานหน่วยงานที่เกี่ยวข้องเพื่อจัดทำแผน")
        );
        var longReason = string.Join(
            " ",
            Enumerable.Range(1, 40).Select(n => $"เหตุผลข้อ{n} งบประมาณไม่เพียงพอต่อการดำเนินการ")
        );
        entries[0]!["measure"]!["steps"]!.AsArray().Add(longStep + " ท้ายขั้นตอนยาว");
        entries[2]!["progress"]!["droppedReason"] = longReason + " ท้ายเหตุผลยาว";
        var document = DocumentFactory.RecordOfJson(kind, json.ToJsonString());

        var pdf = await _factory.PdfAsync(document);
        var printed = await LibreOffice.PrintAsync(_factory.Renderer.Docx(document), _factory.Folder, $"long-{kind}");

        var pdfText = PdfText.NoSpace(await PdfText.TextAsync(pdf));
        var docxText = PdfText.NoSpace(await PdfText.TextAsync(printed));
        // A cell's text runs on after the other cells' text of its page, so each end is looked for by its own words.
        foreach (var end in new[] { "ขั้นที่๖๐", "ท้ายขั้นตอนยาว", "เหตุผลข้อ๔๐", "ท้ายเหตุผลยาว" })
        {
            Assert.Contains(end, pdfText, StringComparison.Ordinal);
            Assert.True(
                Found(docxText, end),
                $"{kind}: the DOCX as LibreOffice prints it lost the end of a long cell: {end}"
            );
        }
        await AssertPagesAsync(pdf, $"{kind} with long cells (PDF)", maxPages: 30);
        await AssertPagesAsync(printed, $"{kind} with long cells (DOCX by LibreOffice)", maxPages: 30);
    }

    private static async Task<int> AssertPagesAsync(string pdf, string what, int maxPages)
    {
        var pages = await PdfText.BottomsAsync(pdf, TopMargin);
        Assert.True(pages.Count <= maxPages, $"{what} has {pages.Count} pages; at most {maxPages} expected");
        for (var i = 0; i < pages.Count; i++)
        {
            var (height, bottom) = pages[i];
            Assert.True(bottom > 0, $"{what}: page {i + 1} of {pages.Count} is blank");
            var half = TopMargin + (height - TopMargin - BottomMargin) / 2;
            Assert.True(
                i == pages.Count - 1 || bottom >= half,
                $"{what}: page {i + 1} of {pages.Count} ends at {bottom:0} pt, above half of the text area ({half:0} pt)"
            );
        }
        return pages.Count;
    }

    /// <summary>
    /// A word of the PDF is in the DOCX's text whole, or in two or three pieces where LibreOffice ended a line
    /// inside it (its text of a table then runs on with the next cell before the rest of the word follows).
    /// </summary>
    private static bool Found(string text, string word, int pieces = 3) =>
        text.Contains(word, StringComparison.Ordinal)
        || (
            pieces > 1
            && Enumerable
                .Range(1, Math.Max(0, word.Length - 1))
                .Any(i => text.Contains(word[..i], StringComparison.Ordinal) && Found(text, word[i..], pieces - 1))
        );

    /// <summary>With ITA_SAMPLE_PAGES set to a folder, the printed files are kept there to be looked at.</summary>
    private static void Keep(string pdf, DocumentKind kind, string file, string source)
    {
        if (Environment.GetEnvironmentVariable("ITA_SAMPLE_PAGES") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.Copy(
                pdf,
                Path.Combine(folder, $"{kind}-{Path.GetFileNameWithoutExtension(file)}-{source}.pdf"),
                overwrite: true
            );
        }
    }
}
