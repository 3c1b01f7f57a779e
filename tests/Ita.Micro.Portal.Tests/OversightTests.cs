using System.Net.Http.Json;
using System.Text.Json;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The overseers' dashboard: a province overseer sees its own province only, with the figures the statistics APIs
/// give; a national admin sees the nation and picks a province; on a desktop and a phone, with axe.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OversightTests(PortalSystem system, BrowserFixture browser)
{
    [Fact]
    public async Task A_province_overseer_sees_only_its_province_with_the_numbers_of_the_statistics_api()
    {
        using var overseerApi = new HttpClient { BaseAddress = system.BaseAddress }.Authorize(
            TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก")
        );
        var statistics = await system.Admin.GetFromJsonAsync<JsonElement>("/api/statistics/2568");
        var tak = statistics
            .GetProperty("provinces")
            .EnumerateArray()
            .Single(p => p.GetProperty("name").GetString() == "ตาก");
        var takMean = tak.GetProperty("means")
            .EnumerateArray()
            .Single(m => m.GetProperty("measure").GetInt32() == 0)
            .GetProperty("mean")
            .GetDecimal();
        var overview = await overseerApi.GetFromJsonAsync<JsonElement>("/api/statistics/2568/overview");
        var count = overview.GetProperty("count").GetInt32();
        Assert.Equal(tak.GetProperty("count").GetInt32(), count);
        // The national year's organisations of ตาก besides the three seeded there (6630801, 6630803, 6630804).
        Assert.InRange(count, 4, system.NationalOrganisations);
        var plans = await overseerApi.GetFromJsonAsync<JsonElement>("/api/plans/oversight?fiscalYear=2569");

        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-tak", "ตาก");
        // The overseer's home is its overview; asking for another province still shows its own.
        await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/oversight"));
        await PortalPages.GoAsync(page, "/oversight?year=2568&province=น่าน");

        await Expect(page.Locator("main h1")).ToContainTextAsync("ภาพรวมจังหวัดตาก ปีงบประมาณ 2568");
        await Expect(page.GetByTestId("assessed"))
            .ToHaveTextAsync(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("mean-total"))
            .ToHaveTextAsync(takMean.ToString("N2", System.Globalization.CultureInfo.InvariantCulture));
        var passed = overview.GetProperty("passed").GetInt32();
        await Expect(page.GetByTestId("pass-rate"))
            .ToHaveTextAsync(
                (100m * passed / count).ToString("N2", System.Globalization.CultureInfo.InvariantCulture) + "%"
            );
        // Every rating of the API's distribution, the undetermined named as such, with its count.
        var ratings = page.GetByTestId("ratings").Locator("tbody tr");
        var expected = overview.GetProperty("ratings").EnumerateArray().ToList();
        await Expect(ratings).ToHaveCountAsync(expected.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            var label = expected[i].GetProperty("rating").GetString() ?? "ยังระบุระดับไม่ได้";
            await Expect(ratings.Nth(i).Locator("th")).ToHaveTextAsync(label);
            await Expect(ratings.Nth(i).Locator("td").First)
                .ToHaveTextAsync(
                    expected[i]
                        .GetProperty("count")
                        .GetInt32()
                        .ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
                );
        }
        // The funnel starts from the assessed; those without a plan are the assessed less the plans API's count
        // (6630804, which has a published total only).
        var funnel = page.GetByTestId("funnel").Locator("tbody tr");
        await Expect(funnel.Nth(0).Locator("td").First)
            .ToHaveTextAsync(count.ToString("N0", System.Globalization.CultureInfo.InvariantCulture));
        await Expect(funnel.Nth(1).Locator("td").First)
            .ToHaveTextAsync(
                (count - plans.GetProperty("plans").GetInt32()).ToString(
                    "N0",
                    System.Globalization.CultureInfo.InvariantCulture
                )
            );
        // Each tool's mean beside the nation's, as the overview API gives both.
        var tools = overview.GetProperty("tools").EnumerateArray().ToList();
        Assert.NotEmpty(tools);
        var toolRows = page.GetByTestId("tools").Locator("tbody tr");
        await Expect(toolRows).ToHaveCountAsync(tools.Count);
        for (var i = 0; i < tools.Count; i++)
        {
            await Expect(toolRows.Nth(i).Locator("th")).ToHaveTextAsync(tools[i].GetProperty("tool").GetString()!);
            await Expect(toolRows.Nth(i).Locator("td").Nth(1))
                .ToHaveTextAsync(
                    tools[i]
                        .GetProperty("nationalMean")
                        .GetDecimal()
                        .ToString("N2", System.Globalization.CultureInfo.InvariantCulture)
                );
        }
        await Expect(page.GetByTestId("tools").Locator("thead th").Nth(2)).ToHaveTextAsync("ค่าเฉลี่ยทั้งประเทศ");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("น่าน");
        await Expect(page.Locator("#province")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_national_admin_sees_the_nation_and_picks_a_province()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-oversight");
        await PortalPages.GoAsync(page, "/oversight?year=2568");
        var nation = await system.Admin.GetFromJsonAsync<JsonElement>("/api/statistics/2568/overview");

        await Expect(page.Locator("main h1")).ToContainTextAsync("ภาพรวมทั้งประเทศ ปีงบประมาณ 2568");
        await Expect(page.GetByTestId("assessed"))
            .ToHaveTextAsync(
                nation.GetProperty("count").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            );

        Assert.Equal(
            system.NationalOrganisations + 2 + PortalSystem.Overseen.Length,
            nation.GetProperty("count").GetInt32()
        );

        await page.Locator("#province").SelectOptionAsync("น่าน");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.Locator("main h1")).ToContainTextAsync("ภาพรวมจังหวัดน่าน");
        var nan = await system.Admin.GetFromJsonAsync<JsonElement>("/api/statistics/2568/overview?province=น่าน");
        await Expect(page.GetByTestId("assessed"))
            .ToHaveTextAsync(
                nan.GetProperty("count").GetInt32().ToString("N0", System.Globalization.CultureInfo.InvariantCulture)
            );
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task The_overview_fits_the_screen_and_passes_axe(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-layout", "ตาก");
        await PortalPages.GoAsync(page, "/oversight?year=2568");
        await PortalPages.ScreenshotAsync(page, $"oversight-tak-{width}");
        await PortalPages.AssertNoHorizontalScrollAsync(page, $"/oversight at {width} px");
        await PortalPages.AssertAccessibleAsync(page, $"/oversight at {width} px");

        var admin = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(admin, "national-admin", "", "admin-layout");
        await PortalPages.GoAsync(admin, "/oversight?year=2568");
        await PortalPages.ScreenshotAsync(admin, $"oversight-nation-{width}");
        await PortalPages.AssertNoHorizontalScrollAsync(admin, $"/oversight (nation) at {width} px");
        await PortalPages.AssertAccessibleAsync(admin, $"/oversight (nation) at {width} px");
    }
}
