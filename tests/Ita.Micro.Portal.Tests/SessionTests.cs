using System.Diagnostics;
using System.Net;
using Microsoft.Playwright;
using Xunit;
using static Microsoft.Playwright.Assertions;

namespace Ita.Micro.Portal.Tests;

/// <summary>The session as users and operators meet it: it ends, it is shared by replicas, it can be traced.</summary>
[Collection(PortalCollection.Name)]
public sealed class SessionTests(PortalSystem system, BrowserFixture browser)
{
    private const string Org = PortalSystem.ConflictOrganisation;

    [Fact]
    public async Task When_the_session_ends_while_a_measure_is_being_edited_the_input_comes_back_after_signing_in_again()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        // The shortest token the development issuer gives: the session ends a minute after signing in.
        await PortalPages.SignInAsync(page, "officer", Org, "officer-chanida", minutes: 1);
        var endsBy = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        await PortalPages.GoAsync(page, "/plan");
        await page.Locator("article button", new() { HasTextString = "แก้ไข" }).Nth(1).ClickAsync();
        const string target = "ร้อยละ ๙๕ ของคำขอได้รับคำตอบภายใน ๑๕ วัน (ชนิดาเขียนไว้ก่อนหมดเวลา)";
        await page.Locator("form.editor input[id$='-target']").FillAsync(target);

        // The officer is still typing when the session ends; the time is the token's, not a guess at a delay.
        var left = endsBy - DateTime.UtcNow + TimeSpan.FromSeconds(1);
        if (left > TimeSpan.Zero)
            await Task.Delay(left);
        await page.Locator("form.editor button[type=submit]").ClickAsync();
        var expired = page.Locator("div.problem[role=alert]", new() { HasTextString = "หมดเวลาการเข้าสู่ระบบ" });
        await Expect(expired).ToBeVisibleAsync();
        // Where the officer is: beside the form just saved, not at the top of a page scrolled down to it.
        await Expect(expired).ToBeInViewportAsync();
        await PortalPages.ScreenshotAsync(page, "session-expired-1280");

        await expired.Locator("a", new() { HasTextString = "เข้าสู่ระบบอีกครั้ง" }).ClickAsync();
        await page.WaitForURLAsync(url => url.Contains("/signin", StringComparison.Ordinal));
        await PortalPages.FillSignInAsync(page, "officer", Org, "officer-chanida");
        await Expect(page.Locator("form.editor input[id$='-target']")).ToHaveValueAsync(target);
        await Expect(page.GetByText("กู้คืนข้อมูลที่ท่านกรอกไว้ก่อนหมดเวลาเข้าสู่ระบบแล้ว")).ToBeVisibleAsync();

        await page.Locator("form.editor button[type=submit]").ClickAsync();
        await Expect(page.Locator("p.success")).ToHaveTextAsync("บันทึกแล้ว");
        await Expect(page.Locator("ol.measure-list article").Nth(1)).ToContainTextAsync(target);
    }

    [Fact]
    public async Task A_session_begun_through_one_portal_replica_is_known_to_another_that_shares_its_keys()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "officer", PortalSystem.Sample, "officer-replica");
        var cookies = await CookiesAsync(page);

        await using var replica = system.StartPortal("portal-replica", system.KeysDirectory);
        await using var stranger = system.StartPortal("portal-own-keys", Path.Combine(system.DataFolder, "other-keys"));
        await Task.WhenAll(replica.WaitHealthyAsync(), stranger.WaitHealthyAsync());

        var (status, location, body) = await AnalysisPageAsync(replica.BaseAddress, cookies);
        Assert.True(
            status == HttpStatusCode.OK && body.Contains("เทศบาลตำบลแม่จัน", StringComparison.Ordinal),
            $"the replica answered {status} {location}:\n{body[..Math.Min(body.Length, 600)]}\n{replica.Output}"
        );
        // A portal with a key ring of its own cannot read the cookie: it sends the user to sign in.
        var (strangerStatus, strangerLocation, _) = await AnalysisPageAsync(stranger.BaseAddress, cookies);
        Assert.True(
            strangerStatus == HttpStatusCode.Redirect
                && strangerLocation?.Contains("/signin", StringComparison.Ordinal) == true,
            $"a portal with other keys answered {strangerStatus} {strangerLocation}"
        );
    }

    [Fact]
    public async Task A_page_is_traced_from_the_portal_through_the_gateway_to_the_service_that_answers_it()
    {
        var page = await PortalPages.OpenAsync(browser, system);
        await PortalPages.SignInAsync(page, "officer", PortalSystem.Sample, "officer-traced");
        var traceId = ActivityTraceId.CreateRandom().ToHexString();

        // The page as the browser asks the gateway for it, with a caller's trace context.
        var (status, _, _) = await AnalysisPageAsync(
            system.BaseAddress,
            await CookiesAsync(page),
            ("traceparent", $"00-{traceId}-{ActivitySpanId.CreateRandom().ToHexString()}-01")
        );

        Assert.Equal(HttpStatusCode.OK, status);
        foreach (var service in new[] { "gateway", "portal", "analysis" })
            await system.WaitForAsync(
                () => Task.FromResult(system.Collector.SawTrace(service, traceId)),
                $"no span of trace {traceId} from {service} (seen from: {string.Join(", ", system.Collector.ServicesOf(traceId))})"
            );
    }

    private static async Task<string> CookiesAsync(IPage page) =>
        string.Join("; ", (await page.Context.CookiesAsync()).Select(c => $"{c.Name}={c.Value}"));

    private static async Task<(HttpStatusCode Status, string? Location, string Body)> AnalysisPageAsync(
        Uri portal,
        string cookies,
        params (string Name, string Value)[] headers
    )
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false })
        {
            BaseAddress = portal,
            Timeout = PortalSystem.Patience,
        };
        using var request = new HttpRequestMessage(HttpMethod.Get, "/analysis");
        request.Headers.Add("Cookie", cookies);
        foreach (var (name, value) in headers)
            request.Headers.Add(name, value);
        using var response = await http.SendAsync(request);
        return (response.StatusCode, response.Headers.Location?.ToString(), await response.Content.ReadAsStringAsync());
    }
}
