using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The organisations table: sorted, filtered and paged by the analyses API, exported as CSV and XLSX (read back
/// here), an organisation opened read-only; an overseer's table holds its province only.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class OrganisationTableTests(PortalSystem system, BrowserFixture browser)
{
    [Fact]
    public async Task A_national_admin_sorts_filters_pages_and_exports_the_organisations_of_a_national_year()
    {
        var nation = await TotalAsync("");
        Assert.Equal(system.NationalOrganisations + 2 + PortalSystem.Overseen.Length, nation);
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-table");
        await PortalPages.GoAsync(page, "/organisations?year=2568");
        var rows = page.GetByTestId("organisations").Locator("tbody tr");
        await Expect(page.GetByTestId("row-count")).ToHaveTextAsync($"พบ {N(nation)} องค์กร");
        await Expect(rows).ToHaveCountAsync(50); // a page of the nation, not all of it

        // Sorting by the total: lowest first, then the other way round, as the analyses API orders them.
        await page.Locator("th a[data-sort=total]").ClickAsync();
        await Expect(rows.First).ToHaveAttributeAsync("data-code", (await PageAsync("&sort=total&pageSize=1"))[0].Code);
        await Expect(page.Locator("th[aria-sort=ascending]")).ToHaveCountAsync(1);
        await page.Locator("th a[data-sort=total]").ClickAsync();
        await Expect(rows.First)
            .ToHaveAttributeAsync("data-code", (await PageAsync("&sort=total&descending=true&pageSize=1"))[0].Code);

        // Paging two at a time, in the order chosen: the second page starts with the third highest.
        await PortalPages.GoAsync(page, "/organisations?year=2568&sort=total&desc=true&size=2");
        await Expect(page.GetByTestId("page-of")).ToHaveTextAsync($"หน้า 1 จาก {N((nation + 1) / 2)}");
        await page.Locator("a[rel=next]").ClickAsync();
        await Expect(page.GetByTestId("page-of")).ToContainTextAsync("หน้า 2");
        var third = (await PageAsync("&sort=total&descending=true&pageSize=3"))[2];
        await Expect(rows.First).ToHaveAttributeAsync("data-code", third.Code);

        // Filtering: a province and a score range.
        await PortalPages.GoAsync(page, "/organisations?year=2568");
        await page.Locator("#province").SelectOptionAsync("น่าน");
        await page.Locator("#min").FillAsync("80");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        var nanAbove80 = await TotalAsync("&province=น่าน&minTotal=80");
        Assert.InRange(nanAbove80, 2, nation - 1);
        await Expect(page.GetByTestId("row-count")).ToHaveTextAsync($"พบ {N(nanAbove80)} องค์กร");
        await Expect(rows).ToHaveCountAsync(Math.Min(nanAbove80, 50));
        await Expect(rows.First)
            .ToHaveAttributeAsync("data-code", (await PageAsync("&province=น่าน&minTotal=80&pageSize=1"))[0].Code);

        // A district chosen in one province is not carried into the next: น่าน's organisations, not an empty table.
        await PortalPages.GoAsync(page, "/organisations?year=2568&province=ตาก&district=แม่สอด");
        await Expect(page.GetByTestId("row-count"))
            .ToHaveTextAsync($"พบ {N(await TotalAsync("&province=ตาก&district=แม่สอด"))} องค์กร");
        await page.Locator("#province").SelectOptionAsync("น่าน");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("row-count"))
            .ToHaveTextAsync($"พบ {N(await TotalAsync("&province=น่าน"))} องค์กร");
        await Expect(page.Locator("#district")).ToHaveValueAsync("");

        // The export holds what the filter matches, every page of it: the whole nation as CSV, น่าน as XLSX.
        await PortalPages.GoAsync(page, "/organisations?year=2568&sort=code&size=2");
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await csv.PathAsync())!)).ToList();
        Assert.StartsWith(
            "รหัสองค์กรปกครองส่วนท้องถิ่น,ชื่อองค์กร",
            lines[0].TrimStart('\uFEFF'),
            StringComparison.Ordinal
        );
        Assert.Equal((await AllAsync("&sort=code")).Select(r => r.Code), lines.Skip(1).Select(l => l.Split(',')[0]));
        await PortalPages.GoAsync(page, "/organisations?year=2568&sort=code&size=2&province=น่าน");
        var xlsx = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-xlsx").ClickAsync());
        var nan = await AllAsync("&province=น่าน&sort=code");
        using (var book = SpreadsheetDocument.Open((await xlsx.PathAsync())!, false))
        {
            var sheetRows = book.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
            Assert.Equal(nan.Count + 1, sheetRows.Count);
            var firstCells = sheetRows.Skip(1).Select(r => r.Elements<Cell>().First().InnerText).ToList();
            Assert.Equal(nan.Select(r => r.Code), firstCells);
            var totals = sheetRows
                .Skip(1)
                .Select(r =>
                    decimal.Parse(r.Elements<Cell>().ElementAt(6).CellValue!.Text, CultureInfo.InvariantCulture)
                );
            Assert.Equal(nan.Select(r => r.Total), totals);
        }
    }

    [Fact]
    public async Task The_table_filters_by_the_state_of_the_plan_and_by_overdue_measures()
    {
        // One province's organisations, which a page of 200 holds; the plans API answers for the nation.
        var analysed = (await AllAsync("&province=ตาก")).Select(r => r.Code).ToHashSet();
        Assert.InRange(analysed.Count, 4, 200);
        async Task<List<string>> PlansAsync(string query) =>
            (
                await system.Admin.GetFromJsonAsync<List<string>>(
                    $"/api/plans/organisation-codes?fiscalYear=2569{query}"
                )
            )!
                .Where(analysed.Contains)
                .Order()
                .ToList();
        var withPlan = await PlansAsync("");
        var drafts = await PlansAsync("&status=Draft");
        var overdue = await PlansAsync("&overdue=true");
        Assert.NotEmpty(withPlan);
        Assert.Equal(["6630804"], analysed.Except(withPlan)); // the organisation with a published total only has no plan

        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-plan-filter");
        var rows = page.GetByTestId("organisations").Locator("tbody tr");
        async Task<List<string>> ShownAsync(string query)
        {
            await PortalPages.GoAsync(page, "/organisations?year=2568&province=ตาก&sort=code&size=200" + query);
            await Expect(page.GetByTestId("row-count")).ToBeVisibleAsync();
            var codes = new List<string>();
            foreach (var row in await rows.AllAsync())
                codes.Add((await row.GetAttributeAsync("data-code"))!);
            return codes;
        }

        Assert.Equal(analysed.Except(withPlan).Order(), await ShownAsync("&plan=none"));
        Assert.Equal(drafts, await ShownAsync("&plan=Draft"));
        Assert.Equal(overdue, await ShownAsync("&overdue=true"));
        // The form keeps the choice, and the filter holds with the others (a score range here), over the nation.
        await PortalPages.GoAsync(page, "/organisations?year=2568&plan=none");
        await Expect(page.Locator("#plan")).ToHaveValueAsync("none");
        await page.Locator("#max").FillAsync("80");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("row-count")).ToHaveTextAsync("พบ 2 องค์กร"); // 70.10 and 78.25, no plan
    }

    [Fact]
    public async Task A_province_overseer_lists_and_opens_only_its_provinces_organisations()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-table", "ตาก");
        await PortalPages.GoAsync(page, "/organisations?year=2568&province=น่าน&size=200");
        await Expect(page.GetByTestId("row-count"))
            .ToHaveTextAsync($"พบ {N(await TotalAsync("&province=ตาก"))} องค์กร");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("น่าน");

        await page.Locator($"tr[data-code='{PortalSystem.Sample}'] th a").ClickAsync();
        await Expect(page.Locator("main h1")).ToHaveTextAsync("เทศบาลตำบลแม่จัน");
        await Expect(page.GetByTestId("total")).ToHaveTextAsync("85.71");
        await Expect(page.GetByTestId("plan-status")).ToContainTextAsync("2569");
        await Expect(page.Locator("main button, main input, main textarea")).ToHaveCountAsync(0);

        await PortalPages.GoAsync(page, "/organisations/6550101");
        await Expect(page.Locator("main")).ToContainTextAsync("ไม่พบผลการวิเคราะห์ขององค์กรนี้");
        await Expect(page.Locator("main")).Not.ToContainTextAsync("ทดสอบน่าน");
    }

    [Fact]
    public async Task A_province_overseer_filters_the_table_by_district_and_exports_the_district_too()
    {
        var tak = await AllAsync("&province=ตาก&sort=code");
        var districts = tak.GroupBy(r => r.District).ToDictionary(g => g.Key, g => g.Select(r => r.Code).ToList());
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-district", "ตาก");
        await PortalPages.GoAsync(page, "/organisations?year=2568&sort=code&size=200");
        var rows = page.GetByTestId("organisations").Locator("tbody tr");
        await Expect(rows).ToHaveCountAsync(tak.Count);
        // The choices are the province's districts with their organisations counted, in Thai dictionary order
        // (แม่สอด under ม before อุ้มผาง under อ; by code point แ would come last).
        var options = (await page.Locator("#district option").AllTextContentsAsync()).ToList();
        Assert.Equal("ทุกอำเภอ", options[0]);
        Assert.Equal(districts.Select(d => $"{d.Key} ({N(d.Value.Count)})").Order(), options.Skip(1).Order());
        Assert.True(
            options.IndexOf($"แม่สอด ({N(districts["แม่สอด"].Count)})")
                < options.IndexOf($"อุ้มผาง ({N(districts["อุ้มผาง"].Count)})")
        );

        await page.Locator("#district").SelectOptionAsync("แม่สอด");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("row-count")).ToHaveTextAsync($"พบ {N(districts["แม่สอด"].Count)} องค์กร");
        await Expect(page.Locator("tr[data-code='6630804']").GetByTestId("district")).ToHaveTextAsync("แม่สอด");
        await Expect(page.Locator("#district")).ToHaveValueAsync("แม่สอด");

        await page.Locator("#district").SelectOptionAsync("อุ้มผาง");
        await page.Locator("form.filters button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("row-count")).ToHaveTextAsync($"พบ {N(districts["อุ้มผาง"].Count)} องค์กร");
        await Expect(page.Locator("tr[data-code='6630804']")).ToHaveCountAsync(0);
        var csv = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("export-csv").ClickAsync());
        var lines = (await File.ReadAllLinesAsync((await csv.PathAsync())!)).Skip(1).ToList();
        Assert.Equal(districts["อุ้มผาง"], lines.Select(l => l.Split(',')[0]));
        Assert.Contains(PortalSystem.Sample, districts["อุ้มผาง"]);
        Assert.Contains(PortalSystem.ConflictOrganisation, districts["อุ้มผาง"]);
        Assert.All(lines, l => Assert.Equal("อุ้มผาง", l.Split(',')[4]));
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task The_table_and_an_organisation_fit_the_screen_and_pass_axe(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-table-layout");
        foreach (
            var (path, name) in new[]
            {
                ("/organisations?year=2568", "organisations"),
                ("/organisations?year=2568&province=ตาก&district=อุ้มผาง", "organisations-district"),
                ($"/organisations/{PortalSystem.Sample}?year=2568", "organisation-view"),
            }
        )
        {
            await PortalPages.GoAsync(page, path);
            await PortalPages.ScreenshotAsync(page, $"{name}-{width}");
            await PortalPages.AssertNoHorizontalScrollAsync(page, $"{path} at {width} px");
            await PortalPages.AssertAccessibleAsync(page, $"{path} at {width} px");
        }
    }

    private record struct Listed(string Code, decimal Total, string Province, string District);

    private static string N(int count) => count.ToString("N0", CultureInfo.InvariantCulture);

    /// <summary>How many of the year's latest analyses the analyses API finds with <paramref name="query"/>.</summary>
    private async Task<int> TotalAsync(string query) =>
        (await system.Admin.GetFromJsonAsync<JsonElement>($"/api/analyses?year=2568&pageSize=1{query}"))
            .GetProperty("totalCount")
            .GetInt32();

    /// <summary>One page of the analyses API (<paramref name="query"/> names its size and number).</summary>
    private async Task<List<Listed>> PageAsync(string query) =>
        (await system.Admin.GetFromJsonAsync<JsonElement>($"/api/analyses?year=2568{query}"))
            .GetProperty("items")
            .EnumerateArray()
            .Select(r => new Listed(
                r.GetProperty("organisationCode").GetString()!,
                r.GetProperty("total").GetDecimal(),
                r.GetProperty("province").GetString()!,
                r.GetProperty("district").GetString() ?? ""
            ))
            .ToList();

    /// <summary>Every page of the analyses API for <paramref name="query"/>, in its order.</summary>
    private async Task<List<Listed>> AllAsync(string query)
    {
        var all = new List<Listed>();
        for (var number = 1; ; number++)
        {
            var page = await PageAsync($"&pageSize=200&page={number}{query}");
            all.AddRange(page);
            if (page.Count < 200)
                return all;
        }
    }
}
