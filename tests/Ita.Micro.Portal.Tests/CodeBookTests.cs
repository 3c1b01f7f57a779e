using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The code books page: a national admin reads a year's book, a corrected book with an error is refused with the
/// error shown, a valid one is published and appears in the history. The year is one no other test imports (2563).
/// </summary>
[Collection(PortalCollection.Name)]
public sealed class CodeBookTests(PortalSystem system, BrowserFixture browser)
{
    private const int Year = 2563;

    [Fact]
    public async Task A_book_with_an_error_is_refused_with_the_error_shown_and_a_valid_one_is_published()
    {
        var book = (await system.Admin.GetFromJsonAsync<JsonObject>($"/api/codebooks/{Year}"))!;
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-codebooks");
        await PortalPages.GoAsync(page, "/codebooks");
        await page.Locator("#book-year")
            .SelectOptionAsync(Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await Expect(page.GetByTestId("book-title")).ToContainTextAsync($"ปีงบประมาณ {Year}");
        var versionsBefore = await page.GetByTestId("book-versions").Locator("tbody tr").CountAsync();

        // A book naming another year: refused, the field and the expected year named.
        var wrongYear = book.DeepClone().AsObject();
        wrongYear["fiscalYear"] = Year - 1;
        await UploadAsync(page, wrongYear, "ปีผิด");
        await Expect(page.GetByTestId("publish-problem")).ToContainTextAsync("fiscalYear");
        await Expect(page.GetByTestId("published")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("book-versions").Locator("tbody tr")).ToHaveCountAsync(versionsBefore);

        // The same book with one more note: published as a new version, by this admin, in the history.
        var corrected = book.DeepClone().AsObject();
        var notes = corrected["notes"] as JsonArray ?? [];
        notes.Add("หมายเหตุทดสอบจากพอร์ทัล");
        corrected["notes"] = notes.DeepClone();
        await UploadAsync(page, corrected, "แก้หมายเหตุ");
        await Expect(page.GetByTestId("published")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("book-notes")).ToContainTextAsync("หมายเหตุทดสอบจากพอร์ทัล");
        var newest = page.GetByTestId("book-versions").Locator("tbody tr").First;
        await Expect(newest).ToContainTextAsync("admin-codebooks");
        await Expect(newest).ToContainTextAsync("แก้หมายเหตุ");
        await Expect(page.GetByTestId("book-versions").Locator("tbody tr")).ToHaveCountAsync(versionsBefore + 1);
        await PortalPages.ScreenshotAsync(page, "codebooks-1280");
    }

    [Theory]
    [InlineData(1280, 900)]
    [InlineData(375, 812)]
    public async Task The_code_books_page_fits_the_screen_and_passes_axe(int width, int height)
    {
        var page = await PortalPages.OpenAsync(browser, system, width, height);
        await PortalPages.SignInAsync(page, "national-admin", "", "admin-codebooks-layout");
        await PortalPages.GoAsync(page, "/codebooks");
        await Expect(page.GetByTestId("book-title")).ToBeVisibleAsync();
        await PortalPages.ScreenshotAsync(page, $"codebooks-{width}");
        await PortalPages.AssertNoHorizontalScrollAsync(page, $"/codebooks at {width} px");
        await PortalPages.AssertAccessibleAsync(page, $"/codebooks at {width} px");
    }

    private static async Task UploadAsync(IPage page, JsonObject book, string note)
    {
        await page.Locator("#book-file")
            .SetInputFilesAsync(
                new FilePayload
                {
                    Name = "codebook.json",
                    MimeType = "application/json",
                    Buffer = Encoding.UTF8.GetBytes(book.ToJsonString()),
                }
            );
        await page.Locator("#book-note").FillAsync(note);
        await page.GetByTestId("publish-book").ClickAsync();
    }
}
