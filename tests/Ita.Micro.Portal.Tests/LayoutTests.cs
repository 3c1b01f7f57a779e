using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>Every main page on a desktop and a 375 px phone: no horizontal scrolling, no serious accessibility violation, a screenshot of each.</summary>
[Collection(PortalCollection.Name)]
public sealed class LayoutTests(PortalSystem system, BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task Every_main_page_fits_the_screen_and_passes_axe(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "approver", PortalSystem.Sample, "approver-layout");
        foreach (var (path, name) in PortalPages.Main)
        {
            await PortalPages.GoAsync(page, path);
            await PortalPages.ScreenshotAsync(page, $"{name}-{width}");
            await PortalPages.AssertNoHorizontalScrollAsync(page, $"{path} at {width} px");
            await PortalPages.AssertAccessibleAsync(page, $"{path} at {width} px");
        }
        await page.GotoAsync("/signin");
        await PortalPages.ScreenshotAsync(page, $"signin-{width}");
    }

    [Fact]
    public async Task The_language_switch_turns_the_portal_into_English_and_back()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "officer", PortalSystem.Sample, "officer-english");
        await PortalPages.GoAsync(page, "/analysis");
        await page.Locator(".language-switch a", new() { HasTextString = "English" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.Locator("main h1")).ToContainTextAsync("ITA analysis, fiscal year 2568");
        await Expect(page.Locator("nav")).ToContainTextAsync("Documents");
        await PortalPages.ScreenshotAsync(page, "analysis-english-1280");
        await page.Locator(".language-switch a", new() { HasTextString = "ภาษาไทย" }).ClickAsync();
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "th");
        await Expect(page.Locator("main h1")).ToContainTextAsync("ผลการวิเคราะห์ ITA ปีงบประมาณ 2568");
    }
}
