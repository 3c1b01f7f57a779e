using Deque.AxeCore.Playwright;
using Ita.Micro.Testing;
using Microsoft.Playwright;
using Xunit;

namespace Ita.Micro.Portal.Tests;

/// <summary>What the tests do in the browser again and again: a fresh context, signing in, looking, checking.</summary>
public static class PortalPages
{
    /// <summary>The portal's main pages, each with a word of its first heading.</summary>
    public static readonly (string Path, string Name)[] Main =
    [
        ("/", "home"),
        ("/analysis", "analysis"),
        ("/plan", "plan"),
        ("/progress", "progress"),
        ("/documents", "documents"),
        ("/evidence?year=2569", "evidence"),
    ];

    public static readonly string Screenshots = Path.Combine(
        Repository.Root,
        "tests",
        "Ita.Micro.Portal.Tests",
        "TestResults",
        "screenshots"
    );

    public static async Task<IPage> OpenAsync(
        BrowserFixture browser,
        PortalSystem system,
        int width = 1280,
        int height = 900
    )
    {
        var context = await browser.Browser.NewContextAsync(
            new BrowserNewContextOptions
            {
                BaseURL = system.BaseAddress.ToString().TrimEnd('/'),
                ViewportSize = new ViewportSize { Width = width, Height = height },
                AcceptDownloads = true,
            }
        );
        context.SetDefaultTimeout(90_000); // a loaded CI machine has needed more than 30 s for a sign-in round trip
        return await context.NewPageAsync();
    }

    /// <summary>The development sign-in page: role, organisation and user name, then back to the page asked for.</summary>
    public static async Task SignInAsync(
        IPage page,
        string role,
        string organisation,
        string user,
        string? province = null,
        int? minutes = null
    )
    {
        await page.GotoAsync("/signin");
        await FillSignInAsync(page, role, organisation, user, province, minutes);
    }

    /// <summary>The sign-in form of the page the browser is on, filled and sent; waits to leave it.</summary>
    public static async Task FillSignInAsync(
        IPage page,
        string role,
        string organisation,
        string user,
        string? province = null,
        int? minutes = null
    )
    {
        await page.Locator("#role").SelectOptionAsync(role);
        await page.Locator("#org").FillAsync(organisation);
        if (province is not null)
            await page.Locator("#province").FillAsync(province);
        await page.Locator("#sub").FillAsync(user);
        if (minutes is { } length)
            await page.Locator("#minutes")
                .FillAsync(length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await page.Locator("form[action='/account/dev-sign-in'] button[type=submit]").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/signin", StringComparison.Ordinal));
    }

    /// <summary>Goes to a page and waits for its heading (interactive pages load their data after connecting).</summary>
    public static async Task GoAsync(IPage page, string path)
    {
        await page.GotoAsync(path);
        await page.Locator("main h1").First.WaitForAsync();
    }

    public static async Task ScreenshotAsync(IPage page, string name)
    {
        Directory.CreateDirectory(Screenshots);
        await page.ScreenshotAsync(
            new PageScreenshotOptions { Path = Path.Combine(Screenshots, name + ".png"), FullPage = true }
        );
    }

    public static async Task AssertNoHorizontalScrollAsync(IPage page, string what)
    {
        var sizes = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, viewport) = (sizes[0], sizes[1]);
        Assert.True(scroll <= viewport, $"{what}: the page is {scroll} px wide in a {viewport} px viewport.");
    }

    public static async Task AssertAccessibleAsync(IPage page, string what)
    {
        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical").ToList();
        Assert.True(
            serious.Count == 0,
            $"{what}: "
                + string.Join(
                    "\n",
                    serious.Select(v =>
                        $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}"
                    )
                )
        );
    }
}
