using Microsoft.Playwright;

namespace Ita.Micro.Bench;

/// <summary>
/// The naive way the pool is measured against: a new headless Chromium for every document (launch, one page, set the
/// HTML, wait for fonts, print, close). The Playwright driver itself is started once and shared, as an application
/// would; only the browser is per document. Prints with the same PDF options as the service.
/// </summary>
public sealed class BrowserPerDocument : IAsyncDisposable
{
    private readonly IPlaywright _playwright;
    private readonly string _chromium;
    private readonly string _home;

    private BrowserPerDocument(IPlaywright playwright, string chromium, string home)
    {
        _playwright = playwright;
        _chromium = chromium;
        _home = home;
    }

    public static async Task<BrowserPerDocument> StartAsync(string chromium, string home)
    {
        Directory.CreateDirectory(home);
        return new BrowserPerDocument(await Playwright.CreateAsync(), chromium, home);
    }

    public async Task<byte[]> RenderAsync(string html)
    {
        await using var browser = await _playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = _chromium,
            Headless = true,
            Args = ["--disable-gpu"],
            // Chromium's caches and NSS database go to a folder of the run, not the real home.
            Env = new Dictionary<string, string> { ["HOME"] = _home },
        });
        var page = await browser.NewPageAsync(new() { JavaScriptEnabled = false });
        await page.SetContentAsync(html);
        await page.EvaluateAsync("document.fonts.ready.then(() => true)");
        return await page.PdfAsync(new() { Format = "A4", PreferCSSPageSize = true, PrintBackground = true });
    }

    public ValueTask DisposeAsync()
    {
        _playwright.Dispose();
        return ValueTask.CompletedTask;
    }
}
