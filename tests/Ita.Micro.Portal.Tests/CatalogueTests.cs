using System.Net.Http.Json;
using System.Text.Json;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The measures catalogue page: a national admin edits a measure, sees its error named when a field is wrong, saves
/// it as a new version with who and why in the history, reads the earlier version and puts it back as the next one.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CatalogueTests(PortalSystem system, BrowserFixture browser)
{
    private const string Id = "duty-equal-service";

    [Fact]
    public async Task A_national_admin_edits_a_measure_as_a_new_version_and_puts_the_earlier_one_back()
    {
        var before = await system.Admin.GetFromJsonAsync<JsonElement>("/api/catalogue");
        var version = before.GetProperty("version").GetInt32();
        var title = before
            .GetProperty("measures")
            .EnumerateArray()
            .Single(m => m.GetProperty("id").GetString() == Id)
            .GetProperty("title")
            .GetString()!;
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-catalogue");
        await PortalPages.GoAsync(page, "/catalogue");
        await Expect(page.GetByTestId("catalogue-title")).ToContainTextAsync($"ฉบับที่ {version}");

        // Browsing: indicator 1's measures only, then the one searched for.
        await page.Locator("#catalogue-indicator").SelectOptionAsync("1");
        var rows = page.GetByTestId("catalogue-measures").Locator("tbody tr");
        await Expect(rows.First.Locator("td").First).ToHaveTextAsync("1");
        await page.Locator("#catalogue-search").FillAsync(Id);
        await Expect(rows).ToHaveCountAsync(1);

        // A title left empty is refused with the field named; no version is added.
        await rows.First.GetByTestId("edit-measure").ClickAsync();
        await Expect(page.Locator("#m-title")).ToHaveValueAsync(title);
        await page.Locator("#m-title").FillAsync("");
        await page.GetByTestId("save-measure").ClickAsync();
        await Expect(page.GetByTestId("catalogue-problem")).ToContainTextAsync("title");
        await Expect(page.GetByTestId("catalogue-versions").Locator("tbody tr").First)
            .ToHaveAttributeAsync("data-version", version.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // A new title with a reason: the next version, by this admin, in the history, and in the list.
        const string edited = "ให้บริการประชาชนอย่างเท่าเทียม (ทดสอบแก้ไขจากพอร์ทัล)";
        await page.Locator("#m-title").FillAsync(edited);
        await page.Locator("#m-note").FillAsync("ปรับถ้อยคำ");
        await page.GetByTestId("save-measure").ClickAsync();
        await Expect(page.GetByTestId("catalogue-saved")).ToContainTextAsync($"ฉบับที่ {version + 1}");
        var newest = page.GetByTestId("catalogue-versions").Locator("tbody tr").First;
        await Expect(newest)
            .ToHaveAttributeAsync(
                "data-version",
                (version + 1).ToString(System.Globalization.CultureInfo.InvariantCulture)
            );
        await Expect(newest).ToContainTextAsync("admin-catalogue");
        await Expect(newest).ToContainTextAsync("ปรับถ้อยคำ");
        await Expect(rows.First.Locator("th")).ToContainTextAsync(edited);
        await PortalPages.ScreenshotAsync(page, "catalogue-edited-1280");

        // The earlier version read again, then put back: one more version, the first title in use again.
        await page.Locator($"tr[data-version='{version}']").GetByTestId("view-version").ClickAsync();
        await Expect(page.GetByTestId("viewing-version")).ToBeVisibleAsync();
        await Expect(rows.First.Locator("th")).ToContainTextAsync(title);
        await page.GetByTestId("restore-version").ClickAsync();
        await Expect(page.GetByTestId("catalogue-saved")).ToContainTextAsync($"ฉบับที่ {version + 2}");
        await Expect(page.GetByTestId("catalogue-versions").Locator("tbody tr").First)
            .ToContainTextAsync($"คืนจากฉบับที่ {version}");
        var after = await system.Admin.GetFromJsonAsync<JsonElement>("/api/catalogue");
        Assert.Equal(version + 2, after.GetProperty("version").GetInt32());
        Assert.Equal(
            title,
            after
                .GetProperty("measures")
                .EnumerateArray()
                .Single(m => m.GetProperty("id").GetString() == Id)
                .GetProperty("title")
                .GetString()
        );
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task The_catalogue_page_fits_the_screen_and_passes_axe(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-catalogue-layout");
        await PortalPages.GoAsync(page, "/catalogue");
        await Expect(page.GetByTestId("catalogue-measures").Locator("tbody tr").First).ToBeVisibleAsync();
        await page.GetByTestId("catalogue-measures").Locator("tbody tr").First.GetByTestId("edit-measure").ClickAsync();
        await Expect(page.GetByTestId("measure-form")).ToBeVisibleAsync();
        await PortalPages.ScreenshotAsync(page, $"catalogue-{width}");
        await PortalPages.AssertNoHorizontalScrollAsync(page, $"/catalogue at {width} px");
        await PortalPages.AssertAccessibleAsync(page, $"/catalogue at {width} px");
    }

    [Fact]
    public async Task An_overseer_gets_no_catalogue_page()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-catalogue", "ตาก");
        await PortalPages.GoAsync(page, "/catalogue");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("สำหรับผู้ดูแลระดับประเทศ");
        await Expect(page.Locator("nav a[href='/catalogue']")).ToHaveCountAsync(0);
    }
}
