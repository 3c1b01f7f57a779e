using DocumentFormat.OpenXml.Packaging;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// Summary documents asked for from the dashboards: a province overseer's is its province's, a national admin's the
/// nation's; the page follows the rendering and offers the PDF and the DOCX, read back here.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class SummaryDocumentTests(PortalSystem system, BrowserFixture browser)
{
    [Fact]
    public async Task A_province_overseer_requests_and_downloads_its_provinces_summary()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-summary", "ตาก");
        await PortalPages.GoAsync(page, "/oversight?year=2568");

        var request = page.GetByTestId("request-summary");
        await Expect(request).ToHaveTextAsync("ขอเอกสารสรุปจังหวัดตาก ปีงบประมาณ 2568");
        await request.ClickAsync();
        await Expect(page.GetByTestId("summary-pdf")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await Expect(page.GetByTestId("summary-status")).ToContainTextAsync("พร้อมแล้ว");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("summary-pdf").ClickAsync());
        var path = (await pdf.PathAsync())!;
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString((await File.ReadAllBytesAsync(path))[..4]));
        var text = await PdfText.OfFileAsync(path);
        Assert.Contains("จังหวัดตาก", text, StringComparison.Ordinal);
        Assert.Contains("เทศบาลตำบลแม่จัน", text, StringComparison.Ordinal);
        Assert.DoesNotContain("ทดสอบน่าน", text, StringComparison.Ordinal);

        var docx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("summary-docx").ClickAsync());
        using var word = WordprocessingDocument.Open((await docx.PathAsync())!, false);
        var words = word.MainDocumentPart!.Document!.Body!.InnerText;
        Assert.Contains("เทศบาลตำบลทดสอบภาพรวม", words, StringComparison.Ordinal);
        Assert.DoesNotContain("ทดสอบน่าน", words, StringComparison.Ordinal);
        await PortalPages.ScreenshotAsync(page, "oversight-summary-1280");
    }

    [Fact]
    public async Task A_national_admin_requests_the_nations_summary_from_the_national_dashboard()
    {
        var page = await PortalPages.OpenAsync(browser, system, 375, 812);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-summary");
        await PortalPages.GoAsync(page, "/oversight?year=2568");

        await Expect(page.GetByTestId("request-summary")).ToHaveTextAsync("ขอเอกสารสรุประดับประเทศ ปีงบประมาณ 2568");
        await page.GetByTestId("request-summary").ClickAsync();
        await Expect(page.GetByTestId("summary-pdf")).ToBeVisibleAsync(new() { Timeout = 180_000 });
        await PortalPages.AssertNoHorizontalScrollAsync(page, "/oversight with the summary at 375 px");

        var pdf = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("summary-pdf").ClickAsync());
        var text = await PdfText.OfFileAsync((await pdf.PathAsync())!);
        Assert.Contains("ทั่วประเทศ", text, StringComparison.Ordinal);
        Assert.Contains("น่าน", text, StringComparison.Ordinal);
        Assert.Contains("ตาก", text, StringComparison.Ordinal);
    }
}
