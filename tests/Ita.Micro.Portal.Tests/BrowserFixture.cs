using Microsoft.Playwright;
using Xunit;

namespace Ita.Micro.Portal.Tests;

/// <summary>Debian's chromium-headless-shell driven by Playwright: no browser is ever downloaded.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string ChromiumPath = "/usr/lib/chromium/chromium-headless-shell";

    private IPlaywright? _playwright;
    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
            throw new InvalidOperationException(
                $"{ChromiumPath} is missing: install Debian's chromium-headless-shell (./ita test does)."
            );
        // An expectation waits as long as an action may (PortalPages.OpenAsync): on a loaded machine a Blazor round
        // trip has taken longer than Playwright's 5 s default, failing a page that was only slow.
        Assertions.SetDefaultExpectTimeout(90_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(
            new BrowserTypeLaunchOptions { ExecutablePath = ChromiumPath, Headless = true }
        );
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
            await Browser.DisposeAsync();
        _playwright?.Dispose();
    }
}
