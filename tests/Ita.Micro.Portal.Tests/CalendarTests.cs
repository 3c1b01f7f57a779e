using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>National admins set NACC's assessment calendar; each save is a version with who and why; others may not.</summary>
[Collection(PortalCollection.Name)]
public sealed class CalendarTests(PortalSystem system, BrowserFixture browser)
{
    [Fact]
    public async Task A_national_admin_sets_the_calendar_corrects_it_and_sees_every_version()
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(7));
        var year = (today.Month >= 10 ? today.Year + 1 : today.Year) + 543 + 1;
        var endYear = year - 543;
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-calendar");

        await PortalPages.GoAsync(page, $"/calendar?year={year}");
        await Expect(page.Locator("main h1")).ToContainTextAsync($"ปีงบประมาณ {year}");
        await page.Locator("#OitSubmission-opens").FillAsync($"{endYear}-02-01");
        await page.Locator("#OitSubmission-closes").FillAsync($"{endYear}-05-31");
        await page.Locator("#Results-opens").FillAsync($"{endYear}-09-15");
        await page.Locator("#Results-closes").FillAsync($"{endYear}-09-15");
        await page.Locator("#calendar-reason").FillAsync("ประกาศ ป.ป.ช.");
        await page.Locator("form button[type=submit]", new() { HasTextString = "บันทึก" }).ClickAsync();
        await Expect(page.GetByTestId("calendar-saved")).ToContainTextAsync("1");

        // A window that closes before it opens is refused, naming the field; nothing is saved.
        await page.Locator("#OitSubmission-closes").FillAsync($"{endYear}-01-31");
        await page.Locator("#calendar-reason").FillAsync("ทดสอบ");
        await page.Locator("form button[type=submit]", new() { HasTextString = "บันทึก" }).ClickAsync();
        await Expect(page.Locator(".problem")).ToContainTextAsync("closes");

        await PortalPages.GoAsync(page, $"/calendar?year={year}");
        await Expect(page.Locator("#OitSubmission-closes")).ToHaveValueAsync($"{endYear}-05-31");
        await page.Locator("#OitSubmission-closes").FillAsync($"{endYear}-06-15");
        await page.Locator("#calendar-reason").FillAsync("ป.ป.ช. ขยายเวลาส่งข้อมูล OIT");
        await page.Locator("form button[type=submit]", new() { HasTextString = "บันทึก" }).ClickAsync();
        await Expect(page.GetByTestId("calendar-saved")).ToContainTextAsync("2");
        await Expect(page.GetByTestId("calendar-versions").Locator("li")).ToHaveCountAsync(2);
        await Expect(page.GetByTestId("calendar-versions").Locator("li").First)
            .ToContainTextAsync("ป.ป.ช. ขยายเวลาส่งข้อมูล OIT");
        await Expect(page.GetByTestId("calendar-versions").Locator("li").First).ToContainTextAsync("admin-calendar");
        await PortalPages.ScreenshotAsync(page, "calendar-1280");
        await PortalPages.AssertAccessibleAsync(page, "/calendar at 1280 px");
    }

    [Fact]
    public async Task An_officer_is_told_the_calendar_is_for_national_admins()
    {
        var page = await PortalPages.OpenAsync(browser, system, 375, 812);
        await PortalPages.SignInAsync(page, "officer", PortalSystem.Sample, "officer-calendar");

        await PortalPages.GoAsync(page, "/calendar");

        await Expect(page.Locator("main h1")).ToContainTextAsync("สำหรับผู้ดูแลระดับประเทศ");
        await Expect(page.Locator("#calendar-reason")).ToHaveCountAsync(0);
    }
}
