using System.Diagnostics;
using System.Net;
using System.Security.Cryptography;
using System.Text;
using Ita.Micro.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>The link checker against web sites these tests start on 127.0.0.1, nothing outside the machine.</summary>
public sealed class LinkCheckerTests
{
    private const string Page = "<html lang=\"th\"><body>สรุปผลการจัดซื้อจัดจ้างประจำเดือน</body></html>";

    [Fact]
    public async Task A_page_that_answers_200_is_read_with_its_type_size_and_hash()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/oit/o11", () => Results.Content(Page, "text/html; charset=utf-8"))
        );
        var (checker, services) = CheckerHost.Create();
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/oit/o11"), CancellationToken.None);

        Assert.True(result.Ok, result.Detail);
        Assert.Equal(200, result.StatusCode);
        Assert.Equal(site.Url("/oit/o11"), result.FinalUrl);
        Assert.Equal("text/html", result.ContentType);
        var bytes = Encoding.UTF8.GetBytes(Page);
        Assert.Equal(bytes.Length, result.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(bytes)), result.ContentHash);
        Assert.False(result.Truncated);
    }

    [Fact]
    public async Task Each_check_says_who_reads_the_page_in_its_user_agent()
    {
        string? agent = null;
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/", (HttpContext c) =>
            {
                agent = c.Request.Headers.UserAgent.ToString();
                return Results.Content(Page, "text/html");
            }));
        var (checker, services) = CheckerHost.Create(o =>
            o.UserAgent = "Ita.Micro-EvidenceLinkChecker/1.0 (+https://itas.example.go.th)"
        );
        await using var _ = services;

        Assert.True((await checker.CheckAsync(site.Url("/"), CancellationToken.None)).Ok);

        Assert.Equal("Ita.Micro-EvidenceLinkChecker/1.0 (+https://itas.example.go.th)", agent);
    }

    [Fact]
    public async Task A_host_gets_no_more_requests_at_once_than_its_limit_while_another_host_is_checked_meanwhile()
    {
        var release = new TaskCompletionSource();
        int inFlight = 0,
            most = 0;
        await using var busy = await LocalSite.StartAsync(app => app.MapGet("/{n:int}", async (int n) =>
            {
                var now = Interlocked.Increment(ref inFlight);
                lock (release)
                    most = Math.Max(most, now);
                await release.Task;
                Interlocked.Decrement(ref inFlight);
                return Results.Content(Page, "text/html");
            }));
        await using var other = await LocalSite.StartAsync(app =>
            app.MapGet("/", () => Results.Content(Page, "text/html"))
        );
        var (checker, services) = CheckerHost.Create(o => o.PerHostConcurrency = 2);
        await using var _ = services;

        var checks = Enumerable
            .Range(0, 6)
            .Select(n => checker.CheckAsync(busy.Url($"/{n}"), CancellationToken.None))
            .ToList();
        await Eventually.HoldsAsync(
            () => Volatile.Read(ref inFlight) >= 2,
            TimeSpan.FromSeconds(20),
            "two requests in flight at the busy host",
            TimeSpan.FromMilliseconds(10)
        );
        // The sentinel: another host answers while this one's limit holds the other four back.
        Assert.True((await checker.CheckAsync(other.Url("/"), CancellationToken.None)).Ok);
        Assert.Equal(2, busy.Requests);
        release.SetResult();

        Assert.All(await Task.WhenAll(checks), r => Assert.True(r.Ok, r.Detail));
        Assert.Equal(6, busy.Requests);
        Assert.Equal(2, most);
    }

    [Fact]
    public async Task A_missing_page_is_a_404_failure_asked_once_since_a_retry_would_not_find_it()
    {
        await using var site = await LocalSite.StartAsync(_ => { });
        var (checker, services) = CheckerHost.Create();
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/moved-away"), CancellationToken.None);

        Assert.Equal(LinkFailure.HttpStatus, result.Failure);
        Assert.Equal(404, result.StatusCode);
        Assert.Equal(1, site.Requests);
    }

    [Fact]
    public async Task A_server_error_is_retried_and_then_reported_with_its_status()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/broken", () => Results.StatusCode(500)));
        var (checker, services) = CheckerHost.Create(o => o.MaxRetries = 2);
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/broken"), CancellationToken.None);

        Assert.Equal(LinkFailure.HttpStatus, result.Failure);
        Assert.Equal(500, result.StatusCode);
        Assert.Equal(3, site.Requests);
    }

    [Fact]
    public async Task Redirects_are_followed_to_the_final_address()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/old", () => Results.Redirect("/newer", permanent: true));
            app.MapGet("/newer", (HttpContext c) =>
                Results.Redirect($"http://127.0.0.1:{c.Connection.LocalPort}/newest")
            );
            app.MapGet("/newest", () => Results.Content(Page, "text/html"));
        });
        var (checker, services) = CheckerHost.Create();
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/old"), CancellationToken.None);

        Assert.True(result.Ok, result.Detail);
        Assert.Equal(site.Url("/newest"), result.FinalUrl);
        Assert.Equal(2, result.Redirects);
    }

    [Fact]
    public async Task A_redirect_loop_is_a_failure_found_without_going_round_forever()
    {
        await using var site = await LocalSite.StartAsync(app =>
        {
            app.MapGet("/a", () => Results.Redirect("/b"));
            app.MapGet("/b", () => Results.Redirect("/a"));
        });
        var (checker, services) = CheckerHost.Create(o => o.MaxRedirects = 10);
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/a"), CancellationToken.None);

        Assert.Equal(LinkFailure.TooManyRedirects, result.Failure);
        Assert.Contains("loop", result.Detail);
        Assert.Equal(2, site.Requests);
    }

    [Fact]
    public async Task Too_many_redirects_are_a_failure()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/hop/{n:int}", (int n) => Results.Redirect($"/hop/{n + 1}"))
        );
        var (checker, services) = CheckerHost.Create(o => o.MaxRedirects = 3);
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/hop/0"), CancellationToken.None);

        Assert.Equal(LinkFailure.TooManyRedirects, result.Failure);
        Assert.Equal(4, site.Requests);
    }

    [Fact]
    public async Task A_response_slower_than_the_timeout_is_a_timeout_and_the_check_does_not_wait_for_it()
    {
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/slow", async (HttpContext c) =>
            {
                await Task.Delay(TimeSpan.FromSeconds(30), c.RequestAborted);
                return Results.Content(Page, "text/html");
            }));
        var (checker, services) = CheckerHost.Create(o =>
        {
            o.AttemptTimeout = TimeSpan.FromMilliseconds(300);
            o.MaxRetries = 1;
        });
        await using var _ = services;
        var clock = Stopwatch.StartNew();

        var result = await checker.CheckAsync(site.Url("/slow"), CancellationToken.None);

        Assert.Equal(LinkFailure.Timeout, result.Failure);
        Assert.Equal(2, site.Requests);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
    }

    [Fact]
    public async Task A_body_larger_than_the_bound_is_read_only_up_to_it()
    {
        var body = new byte[50_000];
        Random.Shared.NextBytes(body);
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/big.pdf", () => Results.Bytes(body, "application/pdf"))
        );
        var (checker, services) = CheckerHost.Create(o => o.MaxResponseBytes = 4096);
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/big.pdf"), CancellationToken.None);

        Assert.True(result.Ok, result.Detail);
        Assert.True(result.Truncated);
        Assert.Equal(50_000, result.SizeBytes);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(body.AsSpan(0, 4096))), result.ContentHash);
    }

    [Fact]
    public async Task A_certificate_the_checker_does_not_trust_is_a_TLS_failure_not_retried()
    {
        using var certificate = LocalSite.SelfSignedCertificate();
        await using var site = await LocalSite.StartAsync(
            app => app.MapGet("/", () => Results.Content(Page, "text/html")),
            certificate
        );
        var (checker, services) = CheckerHost.Create(o => o.MaxRetries = 2);
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/"), CancellationToken.None);

        Assert.Equal(LinkFailure.TlsError, result.Failure);
        Assert.StartsWith("https://127.0.0.1:", site.Url("/"));
        Assert.Equal(0, site.Requests);
    }

    [Fact]
    public async Task A_429_with_Retry_After_is_asked_again_only_after_the_time_it_names()
    {
        var asked = new List<DateTime>();
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/busy", (HttpContext c) =>
            {
                lock (asked)
                    asked.Add(DateTime.UtcNow);
                if (asked.Count == 1)
                {
                    c.Response.Headers.RetryAfter = "1";
                    return Results.StatusCode(429);
                }
                return Results.Content(Page, "text/html");
            }));
        // The retry's own delay is 10 ms: only Retry-After can make it wait a second.
        var (checker, services) = CheckerHost.Create(o =>
        {
            o.RetryDelay = TimeSpan.FromMilliseconds(10);
            o.MaxRetries = 2;
        });
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/busy"), CancellationToken.None);

        Assert.True(result.Ok, result.Detail);
        Assert.Equal(2, asked.Count);
        Assert.True(asked[1] - asked[0] >= TimeSpan.FromMilliseconds(950), $"asked again after {asked[1] - asked[0]}");
    }

    [Fact]
    public async Task A_host_that_goes_down_opens_its_circuit_other_hosts_are_still_checked_and_it_closes_when_the_host_is_back()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/", () => Results.Content(Page, "text/html"))
        );
        await using var other = await LocalSite.StartAsync(app =>
            app.MapGet("/", () => Results.Content(Page, "text/html"))
        );
        var (checker, services) = CheckerHost.Create(o =>
        {
            o.MaxRetries = 0;
            o.BreakerMinimumThroughput = 3;
            o.BreakerFailureRatio = 0.6;
            o.BreakerSamplingDuration = TimeSpan.FromSeconds(30);
            o.BreakDuration = TimeSpan.FromSeconds(1);
        });
        await using var _ = services;
        Assert.True((await checker.CheckAsync(site.Url("/"), CancellationToken.None)).Ok);

        await site.StopAsync();
        Assert.Equal(
            LinkFailure.NetworkError,
            (await checker.CheckAsync(site.Url("/"), CancellationToken.None)).Failure
        );
        Assert.Equal(
            LinkFailure.NetworkError,
            (await checker.CheckAsync(site.Url("/"), CancellationToken.None)).Failure
        );
        var open = await checker.CheckAsync(site.Url("/"), CancellationToken.None);
        Assert.Equal(LinkFailure.HostUnavailable, open.Failure);
        Assert.True((await checker.CheckAsync(other.Url("/"), CancellationToken.None)).Ok, "the breaker is per host");

        await site.StartAsync();
        var requestsBefore = site.Requests;
        // Back up, but the circuit stays open until its break ends: no request reaches the site meanwhile.
        Assert.Equal(
            LinkFailure.HostUnavailable,
            (await checker.CheckAsync(site.Url("/"), CancellationToken.None)).Failure
        );
        Assert.Equal(requestsBefore, site.Requests);

        var last = "";
        await Eventually.HoldsAsync(
            async () =>
            {
                var result = await checker.CheckAsync(site.Url("/"), CancellationToken.None);
                last = result.Detail;
                return result.Ok;
            },
            TimeSpan.FromSeconds(10),
            "the circuit closed again",
            TimeSpan.FromMilliseconds(200),
            () => last
        );
        Assert.True((await checker.CheckAsync(site.Url("/"), CancellationToken.None)).Ok);
    }

    [Theory]
    [InlineData("ftp://example.go.th/o1.pdf")]
    [InlineData("file:///etc/passwd")]
    [InlineData("http://10.1.2.3/admin")]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://192.168.1.1/")]
    [InlineData("http://[fd00::1]/")]
    public async Task Addresses_other_than_public_http_are_never_fetched(string url)
    {
        var (checker, services) = CheckerHost.Create();
        await using var _ = services;

        var result = await checker.CheckAsync(url, CancellationToken.None);

        Assert.Equal(LinkFailure.NotAllowed, result.Failure);
    }

    [Fact]
    public async Task Loopback_is_refused_unless_tests_allow_it_and_a_redirect_cannot_lead_there()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/", () => Results.Content(Page, "text/html"))
        );
        var (checker, services) = CheckerHost.Create(o => o.AllowLoopbackForTests = false);
        await using var _ = services;

        var result = await checker.CheckAsync(site.Url("/"), CancellationToken.None);

        Assert.Equal(LinkFailure.NotAllowed, result.Failure);
        Assert.Equal(0, site.Requests);
    }

    [Theory]
    [InlineData("8.8.8.8", true)]
    [InlineData("203.150.1.1", true)]
    [InlineData("2001:4860:4860::8888", true)]
    [InlineData("127.0.0.1", false)]
    [InlineData("10.0.0.1", false)]
    [InlineData("172.16.0.1", false)]
    [InlineData("172.31.255.255", false)]
    [InlineData("172.32.0.1", true)]
    [InlineData("192.168.0.1", false)]
    [InlineData("169.254.169.254", false)]
    [InlineData("100.64.0.1", false)]
    [InlineData("0.0.0.0", false)]
    [InlineData("224.0.0.1", false)]
    [InlineData("::1", false)]
    [InlineData("fe80::1", false)]
    [InlineData("fc00::1", false)]
    [InlineData("::ffff:10.0.0.1", false)]
    [InlineData("::ffff:8.8.8.8", true)]
    [InlineData("64:ff9b::a00:1", false)]
    public void Only_public_unicast_addresses_are_allowed(string address, bool allowed) =>
        Assert.Equal(allowed, Services.AddressRules.IsPublic(IPAddress.Parse(address)));
}
