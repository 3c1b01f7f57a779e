using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>The sample organisation's year in the portal: read, edit, approve, publish, record progress, report.</summary>
[Collection(PortalCollection.Name)]
public sealed class OfficerJourneyTests(PortalSystem system, BrowserFixture browser)
{
    private const string Org = PortalSystem.Sample;

    [Fact]
    public async Task An_officer_and_an_approver_carry_the_plan_from_the_analysis_to_the_twelve_month_report()
    {
        // The officer reads the analysis.
        var officer = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(officer, "officer", Org, "officer-somchai");
        await Expect(officer.Locator("main h1")).ToHaveTextAsync("เทศบาลตำบลแม่จัน");
        await Expect(officer.Locator("[data-testid=total]")).ToHaveTextAsync("85.71");
        await PortalPages.GoAsync(officer, "/analysis");
        await Expect(officer.Locator("main h1")).ToContainTextAsync("2568");
        await Expect(officer.Locator("#indicator-4")).ToContainTextAsync("การใช้ทรัพย์สินของราชการ");
        await Expect(officer.Locator("figure.trend svg")).ToBeVisibleAsync();

        // …and edits a measure of the draft.
        await PortalPages.GoAsync(officer, "/plan");
        await officer.Locator("article button", new() { HasTextString = "แก้ไข" }).First.ClickAsync();
        var title = officer.Locator("form.editor input[id$='-title']");
        var edited = (await title.InputValueAsync()) + " (ปรับโดยเจ้าหน้าที่)";
        await title.FillAsync(edited);
        await officer.Locator("form.editor button[type=submit]").ClickAsync();
        await Expect(officer.Locator("p.success")).ToHaveTextAsync("บันทึกแล้ว");
        await Expect(officer.Locator("ol.measure-list h3").First).ToContainTextAsync(edited);

        // The approver approves and publishes the plan of FY 2569, recorded late: both dated the days actually
        // signed, in the past; a future date is refused with the API's message. The ประกาศ prints the date given.
        var approver = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(approver, "approver", Org, "approver-mayor");
        await PortalPages.GoAsync(approver, "/plan");
        await approver.Locator("#approver-name").FillAsync("นายสมชาย ใจดี");
        await approver.Locator("#approver-position").FillAsync("นายกเทศมนตรีตำบลแม่จัน");
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7)).AddDays(1);
        await approver.Locator("#signed-on").EvaluateAsync("(input, value) => { input.removeAttribute('max'); }", null);
        await approver.Locator("#signed-on").FillAsync(tomorrow.ToString("yyyy-MM-dd"));
        await approver.Locator("#approve-heading ~ form button[type=submit]").ClickAsync();
        await Expect(approver.Locator(".problem, [role=alert]").First).ToContainTextAsync("signedOn");
        await Expect(approver.Locator("[data-testid=plan-status]")).ToHaveTextAsync("ร่าง");
        await approver.Locator("#signed-on").FillAsync("2025-11-19");
        await Expect(approver.Locator("[data-testid=signed-on-be]")).ToHaveTextAsync("19 พฤศจิกายน 2568");
        await approver.Locator("#approve-heading").ScrollIntoViewIfNeededAsync();
        await PortalPages.ScreenshotAsync(approver, "plan-approve-1280");
        await approver.SetViewportSizeAsync(375, 800);
        await PortalPages.AssertNoHorizontalScrollAsync(approver, "the plan page's approval form at 375 px");
        await PortalPages.ScreenshotAsync(approver, "plan-approve-375");
        await approver.SetViewportSizeAsync(1280, 900);
        await approver.Locator("#approve-heading ~ form button[type=submit]").ClickAsync();
        await Expect(approver.Locator("[data-testid=plan-status]")).ToHaveTextAsync("อนุมัติแล้ว");
        await Expect(approver.Locator("[data-testid=approved]")).ToContainTextAsync("19 พฤศจิกายน 2568");
        await approver.Locator("#announced-on").FillAsync("2025-11-20");
        await approver.Locator("#publish-heading ~ form button[type=submit]").ClickAsync();
        await Expect(approver.Locator("[data-testid=plan-status]")).ToHaveTextAsync("ประกาศแล้ว");
        await Expect(approver.Locator("[data-testid=announced]"))
            .ToContainTextAsync("ประกาศ ณ วันที่ 20 พฤศจิกายน 2568");
        var announcement = await WaitForDocumentAsync(approver, "Announcement");
        var announcementPdf = await approver.RunAndWaitForDownloadAsync(() =>
            announcement.Locator("a", new() { HasTextString = "PDF" }).ClickAsync()
        );
        Assert.Contains(
            "ประกาศ ณ วันที่ ๒๐ เดือนพฤศจิกายน",
            await PdfTextAsync(await announcementPdf.PathAsync()),
            StringComparison.Ordinal
        );

        // The officer records progress with an evidence link.
        await PortalPages.GoAsync(officer, "/progress");
        await officer.Locator("button", new() { HasTextString = "บันทึกความก้าวหน้า" }).First.ClickAsync();
        await officer.Locator("#p-status").SelectOptionAsync("Done");
        await officer.Locator("#p-output").FillAsync("จัดอบรมเจ้าหน้าที่ 2 ครั้ง");
        await officer.Locator("#p-outcome").FillAsync("เจ้าหน้าที่ทุกกองรับทราบแนวปฏิบัติ");
        await officer.Locator("#e-url-1").FillAsync("https://www.maechan.go.th/ita/evidence-1");
        await officer.Locator("#e-title-1").FillAsync("รายงานการอบรม");
        await officer.Locator("form.editor button[type=submit]").ClickAsync();
        await Expect(officer.Locator("a[href='https://www.maechan.go.th/ita/evidence-1']"))
            .ToHaveTextAsync("รายงานการอบรม");

        // …previews and submits the 12-month report, from its preparer to its addressee, then downloads its PDF.
        await officer.Locator("#TwelveMonths-s1-name").FillAsync("นางสาวสมหญิง รักกาน");
        await officer.Locator("#TwelveMonths-s1-pos").FillAsync("นักวิเคราะห์นโยบายและแผน");
        await officer.Locator("#TwelveMonths-s2-name").FillAsync("นายสมชาย ใจดี");
        await officer.Locator("#TwelveMonths-s2-pos").FillAsync("นายกเทศมนตรีตำบลแม่จัน");
        await officer.Locator("#TwelveMonths-unit").SelectOptionAsync("กองคลัง");
        await officer.Locator("#TwelveMonths-number").FillAsync("123");
        await officer.Locator("#r-TwelveMonths ~ form button[type=submit]").ClickAsync();
        await Expect(officer.Locator("[aria-label='ดูตัวอย่างก่อนส่ง'] table")).ToContainTextAsync("ดำเนินการแล้ว");
        await officer.Locator("button", new() { HasTextString = "ส่งรายงาน" }).ClickAsync();
        await Expect(officer.Locator("[data-testid=report-TwelveMonths]")).ToContainTextAsync("30 กันยายน 2569");
        var report = await WaitForDocumentAsync(officer, "ProgressReport");
        var download = await officer.RunAndWaitForDownloadAsync(() =>
            report.Locator("a", new() { HasTextString = "PDF" }).ClickAsync()
        );
        var file = await download.PathAsync();
        var head = new byte[4];
        await using (var pdf = File.OpenRead(file))
            await pdf.ReadExactlyAsync(head);
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(head));

        // The preparer's name was misspelt: the officer corrects the report with one that supersedes it.
        await PortalPages.GoAsync(officer, "/progress");
        await officer.Locator("button", new() { HasTextString = "แก้ไขรายงาน" }).ClickAsync();
        await officer.Locator("#fix-TwelveMonths-reason").FillAsync("แก้ชื่อผู้จัดทำที่พิมพ์ผิด");
        await Expect(officer.Locator("#fix-TwelveMonths-s1-name")).ToHaveValueAsync("นางสาวสมหญิง รักกาน");
        await officer.Locator("#fix-TwelveMonths-s1-name").FillAsync("นางสาวสมหญิง รักงาน");
        await officer.Locator("button", new() { HasTextString = "ส่งรายงานฉบับแก้ไข" }).ClickAsync();
        await Expect(officer.Locator("[data-testid=correction-TwelveMonths]"))
            .ToContainTextAsync("แก้ชื่อผู้จัดทำที่พิมพ์ผิด");
        await Expect(officer.Locator("[data-testid=superseded-TwelveMonths]")).ToContainTextAsync("ถูกแทนที่");
        await Expect(officer.Locator("[data-testid=superseded-TwelveMonths]")).ToContainTextAsync("รักกาน");
        await PortalPages.ScreenshotAsync(officer, "progress-corrected-1280");
        await PortalPages.AssertAccessibleAsync(officer, "the progress page with a corrected report");
        await officer.SetViewportSizeAsync(375, 800);
        await PortalPages.AssertNoHorizontalScrollAsync(officer, "the progress page with a corrected report at 375 px");
        await PortalPages.ScreenshotAsync(officer, "progress-corrected-375");
        await officer.SetViewportSizeAsync(1280, 900);

        // The documents page holds both versions of the report's memo: the correction is version 2, version 1 is kept.
        var memos = officer.Locator(
            "li[data-kind=Memo]",
            new() { Has = officer.Locator("a", new() { HasTextString = "PDF" }) }
        );
        await system.WaitForAsync(
            async () =>
            {
                await PortalPages.GoAsync(officer, "/documents");
                return await memos.CountAsync() == 2;
            },
            "no second version of the memo on the documents page"
        );
        var memo = await officer.RunAndWaitForDownloadAsync(() =>
            memos.First.Locator("a", new() { HasTextString = "PDF" }).ClickAsync()
        );
        var memoText = await PdfTextAsync(await memo.PathAsync());
        Assert.Contains("(นางสาวสมหญิง รักงาน)", memoText, StringComparison.Ordinal);
        Assert.Contains("กองคลังเทศบาลตำบลแม่จัน", memoText, StringComparison.Ordinal);
    }

    private static async Task<string> PdfTextAsync(string pdf)
    {
        using var process = System.Diagnostics.Process.Start(
            new System.Diagnostics.ProcessStartInfo("pdftotext", ["-raw", pdf, "-"])
            {
                RedirectStandardOutput = true,
                UseShellExecute = false,
            }
        )!;
        var text = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        return text;
    }

    /// <summary>The documents page, reloaded until a rendered document of the kind is listed.</summary>
    private async Task<ILocator> WaitForDocumentAsync(IPage page, string kind)
    {
        var rendered = page.Locator(
            $"li[data-kind={kind}]",
            new() { Has = page.Locator("a", new() { HasTextString = "PDF" }) }
        );
        await system.WaitForAsync(
            async () =>
            {
                await PortalPages.GoAsync(page, "/documents");
                return await rendered.CountAsync() > 0;
            },
            $"no rendered {kind} document on the documents page"
        );
        return rendered.First;
    }
}
