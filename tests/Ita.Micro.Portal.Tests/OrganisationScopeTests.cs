using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

[Collection(PortalCollection.Name)]
public sealed class OrganisationScopeTests(PortalSystem system, BrowserFixture browser)
{
    [Fact]
    public async Task An_officer_of_another_organisation_gets_no_page_or_data_of_the_sample()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "officer", PortalSystem.Other, "officer-other");
        foreach (var (path, _) in PortalPages.Main)
        {
            await PortalPages.GoAsync(page, path);
            var text = await page.Locator("body").InnerTextAsync();
            Assert.DoesNotContain("แม่จัน", text);
            Assert.DoesNotContain(PortalSystem.Sample, text);
        }

        // Not even a document of the sample, asked for by its address.
        var documents = await system.DocumentsAsync(PortalSystem.Sample);
        var id = documents.EnumerateArray().First().GetProperty("id").GetString();
        foreach (var format in new[] { "pdf", "docx" })
        {
            var answer = await page.APIRequest.GetAsync($"/documents/{id}/{format}");
            Assert.Equal(404, answer.Status);
        }
    }

    [Fact]
    public async Task Pages_ask_for_a_sign_in_first()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        foreach (var (path, _) in PortalPages.Main)
        {
            await page.GotoAsync(path);
            await Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/signin"));
        }
        var document = await page.APIRequest.GetAsync($"/documents/{Guid.NewGuid()}/pdf", new() { MaxRedirects = 0 });
        Assert.Equal(302, document.Status);
        Assert.Contains("/signin", document.Headers["location"]);
    }
}
