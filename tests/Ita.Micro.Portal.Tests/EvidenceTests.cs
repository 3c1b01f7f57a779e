using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The OIT evidence pages: an officer's registry with its coverage, where a link is added; the overseers' list of
/// organisations with uncovered items per province; on a desktop and a phone, with axe.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class EvidenceTests(PortalSystem system, BrowserFixture browser)
{
    [Fact]
    public async Task An_officer_sees_every_OIT_item_of_the_year_adds_a_link_and_the_item_counts_as_awaiting_its_check()
    {
        var registry = await system.Admin.GetFromJsonAsync<JsonElement>(
            $"/api/evidence/organisations/{PortalSystem.Sample}/2569"
        );
        var items = registry.GetProperty("items").GetArrayLength();
        Assert.True(items > 0);
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "officer", PortalSystem.Sample, "officer-evidence");

        await PortalPages.GoAsync(page, "/evidence?year=2569");
        await Expect(page.Locator("main h1")).ToContainTextAsync("หลักฐาน OIT ปีงบประมาณ 2569");
        await Expect(page.GetByTestId("evidence-item")).ToHaveCountAsync(items);
        await Expect(page.Locator("[data-testid=evidence-item][data-code=O11]"))
            .ToHaveAttributeAsync("data-status", "Missing");

        await page.Locator("#item-code").SelectOptionAsync("O11");
        await page.Locator("#link-url").FillAsync("https://www.maechan.go.th/procurement/2569-11");
        await page.Locator("#link-title").FillAsync("สรุปผลการจัดซื้อจัดจ้าง พฤศจิกายน ๒๕๖๘");
        await page.Locator("form button[type=submit]", new() { HasTextString = "บันทึก" }).ClickAsync();

        await Expect(page.GetByTestId("evidence-added")).ToBeVisibleAsync();
        var o11 = page.Locator("[data-testid=evidence-item][data-code=O11]");
        await Expect(o11).ToHaveAttributeAsync("data-status", "Unverified");
        await Expect(o11.GetByTestId("evidence-link")).ToContainTextAsync("สรุปผลการจัดซื้อจัดจ้าง พฤศจิกายน ๒๕๖๘");
        await Expect(page.GetByTestId("missing"))
            .ToHaveTextAsync((items - 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
        await PortalPages.ScreenshotAsync(page, "evidence-1280");
        await PortalPages.AssertAccessibleAsync(page, "/evidence at 1280 px");

        // Checked on demand: queued at once, the result shown once the checker has been (whatever the site answers here).
        await page.GetByTestId("check-all").ClickAsync();
        await Expect(page.GetByTestId("evidence-queued")).ToBeVisibleAsync();
        await system.WaitForAsync(
            async () =>
            {
                await PortalPages.GoAsync(page, "/evidence?year=2569");
                return await page.Locator("[data-testid=evidence-item][data-code=O11] [data-testid=evidence-link]")
                        .GetAttributeAsync("data-state") != "Unchecked";
            },
            "the link was not checked after the officer asked"
        );

        // A link that is not http(s) is refused by the API, which names the field.
        await page.Locator("#link-url").FillAsync("ftp://files.maechan.go.th/o12.pdf");
        await page.Locator("#link-title").FillAsync("ไฟล์");
        await page.Locator("form button[type=submit]", new() { HasTextString = "บันทึก" }).ClickAsync();
        await Expect(page.Locator(".problem")).ToContainTextAsync("url");
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task Overseers_see_their_province_s_organisations_with_uncovered_items(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "province-overseer", "", $"overseer-evidence-{width}", "ตาก");

        await PortalPages.GoAsync(page, "/evidence/oversight?year=2569");

        await Expect(page.Locator("main h1")).ToContainTextAsync("ปีงบประมาณ 2569");
        await Expect(page.GetByTestId("evidence-province")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("evidence-province")).ToHaveAttributeAsync("data-province", "ตาก");
        await Expect(page.Locator($"[data-testid=evidence-organisation][data-code='{PortalSystem.Sample}']"))
            .ToBeVisibleAsync();
        await PortalPages.ScreenshotAsync(page, $"evidence-oversight-{width}");
        await PortalPages.AssertNoHorizontalScrollAsync(page, $"/evidence/oversight at {width} px");
        await PortalPages.AssertAccessibleAsync(page, $"/evidence/oversight at {width} px");
    }
}
