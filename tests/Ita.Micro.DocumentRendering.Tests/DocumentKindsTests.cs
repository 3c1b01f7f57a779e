using DocumentFormat.OpenXml.Wordprocessing;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.DocumentRendering.Tests.TestData;
using Ita.Micro.Testing;
using C = DocumentFormat.OpenXml.Drawing.Charts;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using Organisations = Ita.Micro.DocumentRendering.Tests.TestData.Organisations;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>
/// Each kind rendered from fixed data on one warm Chromium: the PDF's text in order with Thai digits and dates, its
/// pages A4 within the official margins, and the DOCX carrying the same text in TH SarabunPSK.
/// </summary>
public sealed class DocumentKindsTests(RendererFixture chromium) : IClassFixture<RendererFixture>, IDisposable
{
    // Points: 3 cm left, 2 cm right; Chromium's A4 is 595.92 × 842.88 pt.
    private const double LeftMargin = 85.04,
        RightMargin = 56.69;

    private readonly DocumentFactory _factory = new(chromium.Renderer);

    /// <summary>Set KEEP_PDFS to a folder to keep each kind's PDF there for looking at.</summary>
    private static async Task KeepAsync(string pdf, DocumentKind kind)
    {
        if (Environment.GetEnvironmentVariable("KEEP_PDFS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            File.Copy(pdf, Path.Combine(folder, kind + ".pdf"), overwrite: true);
        }
        await Task.CompletedTask;
    }

    public void Dispose() => _factory.Dispose();

    private static ProgressDocumentData Progress(ReportPeriod period = ReportPeriod.SixMonths) =>
        FixedDocuments.Progress(period);

    public static TheoryData<DocumentKind> Kinds =>
        new()
        {
            DocumentKind.Analysis,
            DocumentKind.Announcement,
            DocumentKind.ProgressReport,
            DocumentKind.Memo,
            DocumentKind.Summary,
        };

    private static DocumentRecord Document(DocumentKind kind) => FixedDocuments.Of(kind);

    /// <summary>What each kind must print, in this order (Thai digits).</summary>
    private static string[] Expected(DocumentKind kind) =>
        kind switch
        {
            DocumentKind.Analysis =>
            [
                "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร",
                "ปีงบประมาณ พ.ศ. ๒๕๖๘",
                "เทศบาลตำบลแม่จัน",
                "อำเภออุ้มผาง จังหวัดตาก",
                "ณ วันที่ ๒๒ พฤศจิกายน ๒๕๖๘",
                "คำนำ",
                "๑. ผลการประเมิน ITA",
                "รายละเอียดตัวชี้วัด",
                "IIT",
                "ตัวชี้วัดที่ ๑ การปฏิบัติหน้าที่",
                "๘๗.๗๙",
                "๘๔.๙๙",
                "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
                "คะแนนรวม",
                "๘๕.๗๑",
                "ต่ำกว่าปีที่ผ่านมา ๔.๔๖ คะแนน",
                "๒. การวิเคราะห์ผลการประเมิน",
                "ประเด็นการวิเคราะห์",
                "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ",
                "๗๒.๓๐",
                "ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
                "ข้อ i๑๐ การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้อง ได้ ๔๕.๙๒ คะแนน",
                "ตัวชี้วัดที่ ๕ การแก้ไขปัญหาการทุจริต",
                "ประเด็นที่ต้องพัฒนาให้ดีขึ้น",
                "๓. การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                "ขั้นตอนหรือวิธีการปฏิบัติ",
                "๑. สร้างการรับรู้แนวปฏิบัติ",
                "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
            ],
            DocumentKind.Announcement =>
            [
                "ประกาศเทศบาลตำบลแม่จัน",
                "เรื่อง มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                // The plan's order and numbers, each indicator's heading where its measures begin.
                "ตัวชี้วัดที่ ๔ การใช้ทรัพย์สินของราชการ",
                "๑. จัดทำคู่มือการขอยืมทรัพย์สินของราชการ",
                "ตัวชี้วัดที่ ๑๐ การป้องกันการทุจริต",
                "๒. ประเมินความเสี่ยงการทุจริตเรื่องสินบน",
                "ประเมินความเสี่ยงใน ๔ กระบวนงาน",
                "ตัวชี้วัดที่ ๗ ประสิทธิภาพการสื่อสาร",
                "๓. ประชาสัมพันธ์ข้อมูลข่าวสาร",
                "จึงประกาศให้ทราบโดยทั่วกัน",
                "ประกาศ ณ วันที่ ๒๐ เดือนพฤศจิกายน พ.ศ. ๒๕๖๘",
                "(นายสมชาย ใจดี)",
                "นายกเทศมนตรีตำบลแม่จัน",
            ],
            DocumentKind.ProgressReport =>
            [
                "รายงานผลการดำเนินการ",
                "ประจำปีงบประมาณ พ.ศ. ๒๕๖๙",
                "รอบ ๖ เดือน (๑ ตุลาคม ๒๕๖๘ – ๓๑ มีนาคม ๒๕๖๙)",
                "คำนำ",
                "ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๘",
                "๘๕.๗๑",
                "ขั้นตอน/วิธีการปฏิบัติ",
                "๑. จัดทำคู่มือ",
                "๑.๑ แต่งตั้งผู้รับผิดชอบดูแลทรัพย์สิน",
                "ดำเนินการแล้วเสร็จ",
                "บุคลากร",
                "๒. ประเมินความเสี่ยง",
                "อยู่ระหว่างดำเนินการ",
                "๓. ประชาสัมพันธ์",
                "ยังไม่ดำเนินการ",
                "สรุปผลการดำเนินการ",
                "จากมาตรการทั้งหมด ๓ มาตรการ",
                "https://maechan.go.th/ita/2569/o10.pdf",
            ],
            DocumentKind.Memo =>
            [
                "บันทึกข้อความ",
                "ส่วนราชการ",
                "เทศบาลตำบลแม่จัน",
                "ที่",
                "วันที่",
                "๒ เมษายน ๒๕๖๙",
                "เรื่อง",
                "เรียน",
                "นายกเทศมนตรีตำบลแม่จัน",
                "เรื่องเดิม",
                "มีคะแนนรวม ๘๕.๗๑",
                "ข้อเท็จจริง",
                "ณ วันที่ ๓๑ มีนาคม ๒๕๖๙",
                "มาตรการ/แนวทาง",
                "๑. จัดทำคู่มือ",
                "ข้อพิจารณา",
                "จึงเรียนมาเพื่อโปรดทราบ",
                "(นางสาวกรรณิการ์ รวยบุญส่ง)",
                "นิติกรชำนาญการ",
                "ความเห็นของหัวหน้าสำนักปลัด",
                "(นางสาวปาริชาติ กิตติศิลป์สาร)",
                "ความเห็นของปลัดเทศบาลตำบลแม่จัน",
                "(นายอำนาจ ทองเนียม)",
                "ความเห็นของนายกเทศมนตรีตำบลแม่จัน",
                "(นายสมชาย ใจดี)",
            ],
            DocumentKind.Summary =>
            [
                "สรุปผลการประเมิน ITA",
                "จังหวัดตาก",
                Summaries.Office,
                "ข้อมูล ณ วันที่ ๕ ธันวาคม ๒๕๖๘",
                "ภาพรวม",
                "ที่มีข้อมูล ๓ แห่ง",
                // The levels of FY 2568's own scheme, best first.
                "การกระจายของระดับผลการประเมิน",
                "ผ่านดีเยี่ยม",
                "ผ่านดี",
                "ผ่าน",
                "ต้องปรับปรุง",
                "ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุด",
                "ตัวชี้วัดที่ ๑๐",
                "สถานะแผนและรายงานผลการดำเนินการ",
                "ประกาศมาตรการแล้ว",
                "รายหน่วยงาน",
                "เทศบาลตำบลแม่จัน",
            ],
            _ => [],
        };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task The_PDF_prints_the_sections_numbers_and_dates_in_Thai_digits_in_order(DocumentKind kind)
    {
        var pdf = await _factory.PdfAsync(Document(kind));

        await KeepAsync(pdf, kind);
        var text = await PdfText.TextAsync(pdf);

        PdfText.InOrder(text, Expected(kind));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task Every_page_is_A4_and_its_text_keeps_3_cm_left_and_2_cm_right(DocumentKind kind)
    {
        var pdf = await _factory.PdfAsync(Document(kind));

        var pages = await PdfText.PagesAsync(pdf);

        Assert.NotEmpty(pages);
        Assert.All(pages, page =>
        {
            var portrait = page.Width < page.Height;
            Assert.Equal(595.3, portrait ? page.Width : page.Height, 1.0);
            Assert.Equal(841.9, portrait ? page.Height : page.Width, 1.0);
            Assert.True(
                page.Left >= LeftMargin - 1,
                $"Text starts {page.Left:F1} pt from the left edge, inside the 3 cm margin"
            );
            Assert.True(
                page.Right <= page.Width - RightMargin + 1,
                $"Text ends {page.Width - page.Right:F1} pt from the right edge, inside the 2 cm margin"
            );
        });
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void The_DOCX_carries_the_same_text_in_TH_SarabunPSK_Thai_with_repeated_table_headers(DocumentKind kind)
    {
        var docx = _factory.Renderer.Docx(Document(kind));

        var text = DocxText.Text(docx);
        PdfText.InOrder(text, Expected(kind));
        Assert.Empty(DocxText.Errors(docx));
        using var word = DocxText.Open(docx);
        var defaults = word.MainDocumentPart!
            .StyleDefinitionsPart!
            .Styles!
            .DocDefaults!
            .RunPropertiesDefault!
            .RunPropertiesBaseStyle!;
        var fonts = defaults.RunFonts!;
        Assert.Equal(
            ("TH SarabunPSK", "TH SarabunPSK", "TH SarabunPSK", "TH SarabunPSK"),
            (fonts.Ascii!.Value, fonts.HighAnsi!.Value, fonts.ComplexScript!.Value, fonts.EastAsia!.Value)
        );
        Assert.Equal(("th-TH", "th-TH"), (defaults.Languages!.Val!.Value, defaults.Languages.Bidi!.Value));
        var tables = word
            .MainDocumentPart.Document.Body!.Descendants<Table>()
            .Where(t => t.Descendants<TableRow>().Count() > 1)
            .ToList();
        if (kind != DocumentKind.Announcement)
            Assert.NotEmpty(tables);
        Assert.All(tables, t =>
            Assert.NotNull(t.Elements<TableRow>().First().TableRowProperties?.GetFirstChild<TableHeader>())
        );
        var section = word.MainDocumentPart.Document.Body.Elements<SectionProperties>().Single();
        // Numbered documents number their pages in Thai digits, in Word and LibreOffice alike.
        if (word.MainDocumentPart.HeaderParts.Any())
            Assert.Equal(NumberFormatValues.ThaiNumbers, section.GetFirstChild<PageNumberType>()!.Format!.Value);
        var margin = section.GetFirstChild<PageMargin>()!;
        Assert.Equal((1701u, 1134u), (margin.Left!.Value, margin.Right!.Value));
        Assert.Equal(
            (11906u, 16838u),
            (section.GetFirstChild<PageSize>()!.Width!.Value, section.GetFirstChild<PageSize>()!.Height!.Value)
        );
    }

    [Fact]
    public void The_analysis_docx_draws_its_four_charts_as_word_charts_with_the_pdfs_labels_and_value_texts()
    {
        var docx = _factory.Renderer.Docx(Document(DocumentKind.Analysis));

        using var word = DocxText.Open(docx);
        var charts = word.MainDocumentPart!.ChartParts.Select(part => part.ChartSpace!).ToList();
        Assert.Equal(4, charts.Count);
        Assert.Equal(4, word.MainDocumentPart.Document.Descendants<C.ChartReference>().Count());
        var overall = charts.Single(c => c.Descendants<C.StringPoint>().Any(p => p.InnerText == "คะแนนรวม"));
        Assert.Equal(["คะแนนรวม", "เกณฑ์ผ่าน"], overall.Descendants<C.StringPoint>().Select(p => p.InnerText));
        Assert.Equal(["85.71", "85"], overall.Descendants<C.NumericPoint>().Select(p => p.InnerText));
        // Each bar is labelled with the text the PDF prints at its end, in Thai digits.
        Assert.Equal(["๘๕.๗๑", "๘๕"], overall.Descendants<C.DataLabel>().Select(l => l.InnerText));
        var indicators = charts.Single(c => c.Descendants<C.StringPoint>().Count() == 10);
        Assert.Equal("ตัวชี้วัดที่ ๔", indicators.Descendants<C.StringPoint>().ElementAt(3).InnerText);
        Assert.Equal("๗๒.๓๐", indicators.Descendants<C.DataLabel>().ElementAt(3).InnerText);
        Assert.Contains("ผลการประเมินรายตัวชี้วัด", DocxText.Text(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void The_analysis_prints_the_same_from_the_analysis_a_plan_carries_as_from_the_whole_analysis()
    {
        // A plan carries its analysis without the detail the document does not read; if the document ever read it,
        // documents made from plans would silently lose it.
        var whole = new AnalysisBuilder(Organisations.MaeChan).WithItemDetail().Build();
        var plan = new PlanBuilder(Organisations.MaeChan).WithSeedMeasures().Build();

        string Text(AssessmentAnalysed analysis) =>
            DocxText.Text(
                _factory.Renderer.Docx(DocumentFactory.Record(DocumentKind.Analysis, new DocumentData(analysis, plan)))
            );

        Assert.NotEmpty(whole.Items);
        Assert.Equal(Text(whole), Text(whole.ForDocument()));
    }

    [Fact]
    public async Task A_national_summary_lists_provinces_instead_of_organisations()
    {
        var national = Summaries.Province() with { Province = null };
        var document = DocumentFactory.Record(DocumentKind.Summary, national);

        var text = await PdfText.TextAsync(await _factory.PdfAsync(document));

        PdfText.InOrder(text, "ทั่วประเทศ", "ที่มีข้อมูล ๓ แห่ง", "รายจังหวัด", "ตาก", "๓");
        Assert.DoesNotContain("รายหน่วยงาน", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Arabic_digits_when_the_option_is_off()
    {
        using var factory = new DocumentFactory(chromium.Renderer, thaiDigits: false);
        var document = Document(DocumentKind.Announcement);

        var text = await PdfText.TextAsync(await factory.PdfAsync(document));
        var docx = DocxText.Text(factory.Renderer.Docx(document));

        PdfText.InOrder(text, "ประกาศ ณ วันที่ 20 เดือนพฤศจิกายน พ.ศ. 2568");
        Assert.Contains("ตัวชี้วัดที่ 10 การป้องกันการทุจริต", docx, StringComparison.Ordinal);
        Assert.DoesNotContain("๒๕๖๘", text, StringComparison.Ordinal);
        using var analysis = DocxText.Open(factory.Renderer.Docx(Document(DocumentKind.Analysis)));
        Assert.Empty(analysis.MainDocumentPart!.Document.Descendants<PageNumberType>());
    }

    [Fact]
    public void A_twelve_month_report_lists_every_evidence_link_of_the_year_not_only_the_latest_updates()
    {
        var data = Progress(ReportPeriod.TwelveMonths);
        var first = data.Report.Entries[0];
        var earlier = new EvidenceLink
        {
            Url = "https://maechan.go.th/ita/2569/o10-draft.pdf",
            Title = "ร่างคู่มือไตรมาสที่ ๑",
        };
        var report = data.Report with
        {
            Entries =
            [
                first with
                {
                    Evidence = [earlier, .. first.Progress!.Evidence],
                },
                .. data.Report.Entries.Skip(1),
            ],
        };

        var html = _factory.Renderer.Html(
            DocumentFactory.Record(DocumentKind.ProgressReport, data with { Report = report })
        );

        Assert.Contains("https://maechan.go.th/ita/2569/o10-draft.pdf", html, StringComparison.Ordinal);
        Assert.Contains(first.Progress.Evidence[0].Url, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_twelve_month_report_names_its_period_from_1_October_to_30_September()
    {
        var document = DocumentFactory.Record(DocumentKind.ProgressReport, Progress(ReportPeriod.TwelveMonths));

        var text = await PdfText.TextAsync(await _factory.PdfAsync(document));

        Assert.Contains("รอบ ๑๒ เดือน (๑ ตุลาคม ๒๕๖๘ – ๓๐ กันยายน ๒๕๖๙)", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_emblem_file_the_announcement_shows_a_marked_box_never_an_image()
    {
        using var factory = new DocumentFactory(chromium.Renderer, emblemPath: null);

        var html = factory.Renderer.Html(Document(DocumentKind.Announcement));

        Assert.Contains("class=\"noem\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", html, StringComparison.Ordinal);
    }

    [Fact]
    public void With_the_emblem_file_the_memo_embeds_it_small_at_the_top_left_as_a_data_uri()
    {
        Assert.NotNull(RepoPaths.Garuda);

        var html = _factory.Renderer.Html(Document(DocumentKind.Memo));

        Assert.Contains(
            "<img class=\"em s\" alt=\"ตราครุฑ\" src=\"data:image/jpeg;base64,",
            html,
            StringComparison.Ordinal
        );
    }

    [Theory]
    [InlineData(DocumentKind.Announcement, 3.0)]
    [InlineData(DocumentKind.Memo, 1.5)]
    public void With_the_emblem_file_the_docx_carries_the_same_png_as_the_pdf_at_the_emblems_height(
        DocumentKind kind,
        double heightCm
    )
    {
        Assert.NotNull(RepoPaths.Garuda);

        var docx = _factory.Renderer.Docx(Document(kind));

        Assert.Empty(DocxText.Errors(docx));
        using var word = DocxText.Open(docx);
        var part = Assert.Single(word.MainDocumentPart!.ImageParts);
        Assert.Equal("image/png", part.ContentType);
        using var png = new MemoryStream();
        using (var stream = part.GetStream())
            stream.CopyTo(png);
        // Transparent for Word, the emblem's own PNG; the HTML for print carries its JPEG copy on white instead.
        Assert.Equal(
            (EmblemLoader.SvgPixels, EmblemLoader.SvgPixels),
            Ita.Micro.DocumentRendering.Layout.EmblemImage.PngSize(png.ToArray())
        );
        Assert.Contains(
            "src=\"data:image/jpeg;base64,",
            _factory.Renderer.Html(Document(kind)),
            StringComparison.Ordinal
        );
        var extent = Assert.Single(word.MainDocumentPart.Document.Descendants<DW.Inline>()).Extent!;
        Assert.Equal((long)(heightCm * 360000), extent.Cy!.Value);
        // The shared Garuda is square.
        Assert.Equal(extent.Cy.Value, extent.Cx!.Value);
        Assert.DoesNotContain("ตราครุฑ (สูง", DocxText.Text(docx), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_emblem_file_the_docx_shows_the_marked_box_and_no_image()
    {
        using var factory = new DocumentFactory(chromium.Renderer, emblemPath: null);

        var docx = factory.Renderer.Docx(Document(DocumentKind.Announcement));

        using var word = DocxText.Open(docx);
        Assert.Empty(word.MainDocumentPart!.ImageParts);
        Assert.Contains("ตราครุฑ (สูง ๓ ซม.)", DocxText.Text(docx), StringComparison.Ordinal);
    }

    [Fact]
    public async Task With_the_emblem_file_the_announcement_pdf_carries_one_emblem_image_at_print_resolution()
    {
        Assert.NotNull(RepoPaths.Garuda);

        var pdf = await _factory.PdfAsync(Document(DocumentKind.Announcement));

        // pdfimages -list: two heading lines, then one row per image (a transparent image would add an "smask" row).
        var rows = (await ExternalTool.RunAsync("pdfimages", "-list", pdf))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var image = Assert.Single(rows, row => row[2] == "image");
        Assert.Equal("1", image[0]);
        Assert.Equal(["360", "360"], image[3..5]);
        // Embedded as the JPEG it is, not decoded and compressed again for every document.
        Assert.Equal("jpeg", image[8]);
        // x-ppi: 360 px over the 3 cm the emblem is printed at.
        Assert.InRange(int.Parse(image[12], System.Globalization.CultureInfo.InvariantCulture), 290, 320);
    }

    [Fact]
    public async Task A_png_emblem_file_goes_into_the_docx_as_it_is_and_into_the_pdf_as_a_jpeg_of_its_shape()
    {
        var svg =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 20 10\"><rect width=\"20\" height=\"10\"/></svg>"u8.ToArray();
        var png = await chromium.Renderer.RasteriseAsync(
            "data:image/svg+xml;base64," + Convert.ToBase64String(svg),
            40,
            20,
            jpegQuality: null
        );
        var path = Path.Combine(_factory.Folder, "emblem.png");
        await File.WriteAllBytesAsync(path, png);
        using var factory = new DocumentFactory(chromium.Renderer, emblemPath: path);

        var docx = factory.Renderer.Docx(Document(DocumentKind.Memo));
        var pdf = await factory.PdfAsync(Document(DocumentKind.Memo));

        using (var word = DocxText.Open(docx))
        using (var stream = Assert.Single(word.MainDocumentPart!.ImageParts).GetStream())
        using (var inDocx = new MemoryStream())
        {
            stream.CopyTo(inDocx);
            Assert.Equal(png, inDocx.ToArray());
        }
        var image = (await ExternalTool.RunAsync("pdfimages", "-list", pdf))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Skip(2)
            .Select(row => row.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Single(row => row[2] == "image");
        Assert.Equal(["40", "20"], image[3..5]);
        Assert.Equal("jpeg", image[8]);
    }
}
