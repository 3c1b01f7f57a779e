using System.Text;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The imports console: a national admin loads an organisation into the registry, then a score file with bad rows,
/// watches the progress bar reach the end, reads each bad row's message, filters and downloads them, and finds the
/// import in the history. The year imported (2566) is one no other test reads.
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class ImportsTests(PortalSystem system, BrowserFixture browser)
{
    private const string Code = "9500101";

    [Fact]
    public async Task A_national_admin_imports_a_file_with_bad_rows_and_sees_each_rows_problem()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-imports");
        await PortalPages.GoAsync(page, "/imports");

        // The registry: one good row, one without its name.
        await page.Locator("#registry-file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "registry.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes(
                        $"code,name,type,province,district\n{Code},เทศบาลตำบลทดสอบนำเข้า,เทศบาลตำบล,ยะลา,เมืองยะลา\n9500102,,เทศบาลตำบล,ยะลา,เมืองยะลา\n"
                    ),
                }
            );
        await page.GetByTestId("start-registry").ClickAsync();
        await Expect(page.GetByTestId("registry-result")).ToContainTextAsync("ปฏิเสธ 1");
        await Expect(page.GetByTestId("registry-problems").Locator("tbody tr")).ToHaveCountAsync(1);
        await Expect(page.GetByTestId("registry-problems")).ToContainTextAsync("name");
        // Its problems downloaded as the score import's are: the same columns, the refused row's code and field.
        var registryDownload = await page.RunAndWaitForDownloadAsync(() =>
            page.GetByTestId("registry-download").ClickAsync()
        );
        Assert.Equal("ita-registry-problems.csv", registryDownload.SuggestedFilename);
        var registryLines = await File.ReadAllLinesAsync((await registryDownload.PathAsync())!);
        Assert.StartsWith("แถว,คอลัมน์", registryLines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        var refused = Assert.Single(registryLines.Skip(1));
        Assert.Contains("9500102", refused, StringComparison.Ordinal);
        Assert.Contains("name", refused, StringComparison.Ordinal);

        // Scores: one good row and three bad ones.
        await page.Locator("#score-file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "scores-with-bad-rows.csv",
                    MimeType = "text/csv",
                    Buffer = Encoding.UTF8.GetBytes(
                        $"organisation_code,fiscal_year,total\n{Code},2566,88.00\n9999999,2566,80.00\n{Code},25x6,80.00\n{Code},2566,abc\n"
                    ),
                }
            );
        await page.GetByTestId("start-import").ClickAsync();
        await Expect(page.GetByTestId("import-status"))
            .ToContainTextAsync("นำเข้าเสร็จแล้ว", new() { Timeout = 120_000 });
        var bar = page.Locator("#import-bar");
        Assert.Equal(await bar.GetAttributeAsync("max"), await bar.GetAttributeAsync("value"));
        await Expect(page.GetByTestId("import-status")).ToContainTextAsync("อ่าน 4");
        await Expect(page.GetByTestId("import-status")).ToContainTextAsync("ปฏิเสธ 3");

        var problems = page.GetByTestId("score-problems").Locator("tbody tr");
        await Expect(problems.Filter(new() { HasTextString = "ข้อผิดพลาด" })).ToHaveCountAsync(3);
        foreach (var column in new[] { "organisation_code", "fiscal_year", "total" })
            await Expect(page.GetByTestId("score-problems")).ToContainTextAsync(column);
        await page.Locator("#score-filter").FillAsync("fiscal_year");
        await Expect(problems).ToHaveCountAsync(1);
        await PortalPages.ScreenshotAsync(page, "imports-after-upload-1280");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByTestId("score-download").ClickAsync());
        var lines = await File.ReadAllLinesAsync((await download.PathAsync())!);
        Assert.StartsWith("แถว,คอลัมน์", lines[0].TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.Equal(3, lines.Count(l => l.Contains("ข้อผิดพลาด", StringComparison.Ordinal)));
        Assert.Contains(lines, l => l.Contains("fiscal_year", StringComparison.Ordinal));

        // The history says who sent it, besides when, the source and the outcome.
        var sent = page.GetByTestId("import-history")
            .Locator("tbody tr")
            .Filter(new() { HasTextString = "scores-with-bad-rows.csv" });
        await Expect(sent.GetByTestId("submitted-by")).ToHaveTextAsync("admin-imports");
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task The_imports_console_fits_the_screen_and_passes_axe(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-imports-layout");
        await PortalPages.GoAsync(page, "/imports");
        // The seed's imports are listed once the history has loaded.
        await Expect(page.GetByTestId("import-history").Locator("tbody tr").First).ToBeVisibleAsync();
        await PortalPages.ScreenshotAsync(page, $"imports-{width}");
        await PortalPages.AssertNoHorizontalScrollAsync(page, $"/imports at {width} px");
        await PortalPages.AssertAccessibleAsync(page, $"/imports at {width} px");
    }

    [Fact]
    public async Task An_overseer_gets_no_imports_console()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "province-overseer", "", "overseer-imports", "ตาก");
        await PortalPages.GoAsync(page, "/imports");
        await Expect(page.Locator("main h1")).ToHaveTextAsync("สำหรับผู้ดูแลระดับประเทศ");
        await Expect(page.Locator("#score-file")).ToHaveCountAsync(0);
        await Expect(page.Locator("nav a[href='/imports']")).ToHaveCountAsync(0);
    }
}
