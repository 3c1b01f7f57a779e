using Ita.Micro.DocumentRendering.Services;
using Microsoft.Extensions.Logging.Abstractions;

namespace Ita.Micro.Bench;

/// <summary>
/// The naive way the pool is measured against: a new headless Chromium for every document (launch, one page, write
/// the HTML, wait for fonts and images, print, close). It is the service's own renderer with one page, made and
/// disposed per document, so the comparison is the warm pool and nothing else: same binary, flags, pipe and PDF options.
/// </summary>
public sealed class BrowserPerDocument(string chromium, string folder)
{
    private int _next;

    public async Task<byte[]> RenderAsync(string html)
    {
        var options = new ChromiumOptions
        {
            ExecutablePath = chromium,
            Pages = 1,
            UserDataRoot = Path.Combine(
                folder,
                Interlocked.Increment(ref _next).ToString(System.Globalization.CultureInfo.InvariantCulture)
            ),
        };
        await using var browser = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance);
        return await browser.RenderAsync(html);
    }
}
