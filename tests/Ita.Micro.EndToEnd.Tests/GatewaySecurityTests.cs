using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using Xunit;
using static Ita.Micro.EndToEnd.Tests.SecurityData;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// The gateway as the outside world meets it, in front of the services as they run: tokens, limits, headers, and
/// requests written to slip past it.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class GatewaySecurityTests(SystemFixture system)
{
    private static readonly string[] Paths =
    [
        "/api/analyses/6630815/2568",
        "/api/assessments/6630815",
        "/api/statistics/2568",
        "/api/catalogue",
    ];

    [Fact]
    public async Task Expired_badly_signed_wrong_audience_and_missing_tokens_get_401_at_the_gateway_and_at_each_service()
    {
        await SecurityData.EnsureAsync(system);
        var targets = system.Processes.Where(p => p.Name is "gateway" or "score-ingestion" or "analysis").ToList();
        var failures = new List<string>();
        foreach (var target in targets)
        {
            using var client = new HttpClient { BaseAddress = target.BaseAddress };
            foreach (var (what, token) in TestTokens.Refused())
            foreach (var path in Paths.Where(p => target.Name == "gateway" || Serves(target.Name, p)))
            {
                using var request = new HttpRequestMessage(HttpMethod.Get, path);
                if (token is not null)
                    request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
                using var response = await client.SendAsync(request);
                var body = await response.Content.ReadAsStringAsync();
                if (response.StatusCode != HttpStatusCode.Unauthorized || body.Contains(Own, StringComparison.Ordinal))
                    failures.Add($"{target.Name} {what} {path}: {(int)response.StatusCode} {body}");
            }
        }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    private static bool Serves(string service, string path) =>
        service == "score-ingestion"
            ? path.StartsWith("/api/assessments", StringComparison.Ordinal)
            : !path.StartsWith("/api/assessments", StringComparison.Ordinal);

    [Fact]
    public async Task The_development_issuer_gives_tokens_that_open_only_the_callers_own_organisation()
    {
        await SecurityData.EnsureAsync(system);
        using var anonymous = system.CreateGatewayClient(null);

        using var issued = await anonymous.PostAsync($"/dev/token?role=officer&org={Own}", null);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var token = (await issued.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("token").GetString()!;
        using var officer = system.CreateGatewayClient(token);
        Assert.Equal(HttpStatusCode.OK, (await officer.GetAsync($"/api/analyses/{Own}/2568")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await officer.GetAsync($"/api/analyses/{Far}/2568")).StatusCode);

        using var noRole = await anonymous.PostAsync("/dev/token?role=mayor", null);
        Assert.Equal(HttpStatusCode.BadRequest, noRole.StatusCode);
        Assert.Contains("role", await noRole.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_gateway_serves_each_services_OpenAPI_document_and_the_reference_UI_without_a_token_or_a_CDN()
    {
        using var anonymous = system.CreateGatewayClient(null);
        foreach (var service in new[] { "score-ingestion", "analysis", "measure-tracking", "document-rendering" })
        {
            var document = await anonymous.GetFromJsonAsync<JsonElement>($"/openapi/{service}.json");
            Assert.StartsWith("3.1", document.GetProperty("openapi").GetString());
            Assert.Contains(service, document.GetProperty("info").GetProperty("title").GetString());
            Assert.True(
                document.GetProperty("components").GetProperty("securitySchemes").TryGetProperty("Bearer", out _)
            );
        }

        using var page = await anonymous.GetAsync("/docs");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("openapi/score-ingestion.json", html); // resolved against the site root by Scalar's script
        // Every script and stylesheet the page loads comes from the gateway itself.
        var external = System
            .Text.RegularExpressions.Regex.Matches(html, @"(?:src|href)\s*=\s*[""']?(https?:)?//[^""'\s>]+")
            .Select(m => m.Value)
            .ToList();
        Assert.True(external.Count == 0, "loaded from elsewhere: " + string.Join(", ", external));
        var script = System
            .Text.RegularExpressions.Regex.Match(html, @"<script[^>]+src=""(?<src>[^""]+)""")
            .Groups["src"]
            .Value;
        Assert.NotEmpty(script);
        using var asset = await anonymous.GetAsync(
            new Uri(new Uri(system.GatewayProcess.BaseAddress, "/docs/"), script)
        );
        Assert.Equal(HttpStatusCode.OK, asset.StatusCode);
    }

    [Fact]
    public async Task An_integration_gets_a_token_by_client_credentials_that_submits_imports_and_reads_nothing_else()
    {
        using var anonymous = system.CreateGatewayClient(null);
        static FormUrlEncodedContent Form(params (string Key, string Value)[] fields) =>
            new(fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)));

        // HTTP Basic, as RFC 6749 §2.3.1 prefers.
        using var request = new HttpRequestMessage(HttpMethod.Post, "/connect/token")
        {
            Content = Form(("grant_type", "client_credentials")),
        };
        request.Headers.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue(
            "Basic",
            Convert.ToBase64String(
                Encoding.UTF8.GetBytes("ita-integration-development:ita-integration-development-secret-not-a-secret")
            )
        );
        using var issued = await anonymous.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, issued.StatusCode);
        var answer = await issued.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Bearer", answer.GetProperty("token_type").GetString());
        Assert.Equal(3600, answer.GetProperty("expires_in").GetInt32());

        using var integration = system.CreateGatewayClient(answer.GetProperty("access_token").GetString());
        using var accepted = await integration.PostAsync(
            "/api/imports",
            new StringContent(
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "mae-chan.json"))
                    .Replace("6630801", "9999901"),
                Encoding.UTF8,
                "application/json"
            )
        );
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        Assert.Equal(
            HttpStatusCode.OK,
            (await integration.GetAsync(accepted.Headers.Location!.PathAndQuery)).StatusCode
        );
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.GetAsync($"/api/analyses/{Own}/2568")).StatusCode);

        // Form fields work too; a wrong secret or another grant does not.
        using var wrongSecret = await anonymous.PostAsync(
            "/connect/token",
            Form(
                ("grant_type", "client_credentials"),
                ("client_id", "ita-integration-development"),
                ("client_secret", "guess")
            )
        );
        Assert.Equal(HttpStatusCode.Unauthorized, wrongSecret.StatusCode);
        Assert.Equal(
            "invalid_client",
            (await wrongSecret.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()
        );
        using var password = await anonymous.PostAsync(
            "/connect/token",
            Form(
                ("grant_type", "password"),
                ("client_id", "ita-integration-development"),
                ("client_secret", "ita-integration-development-secret-not-a-secret")
            )
        );
        Assert.Equal(HttpStatusCode.BadRequest, password.StatusCode);
        Assert.Equal(
            "unsupported_grant_type",
            (await password.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("error").GetString()
        );
    }

    [Fact]
    public async Task A_client_over_its_rate_gets_429_with_Retry_After_others_do_not_and_it_recovers()
    {
        var gateway = await system.StartGatewayAsync(
            "gateway-rate",
            new Dictionary<string, string> { ["Gateway__PermitLimit"] = "5", ["Gateway__Window"] = "00:00:03" }
        );
        using var busy = new HttpClient { BaseAddress = gateway.BaseAddress }.Authorize(
            TestTokens.For(ItaRoles.NationalAdmin, subject: "busy-client")
        );
        using var other = new HttpClient { BaseAddress = gateway.BaseAddress }.Authorize(
            TestTokens.For(ItaRoles.NationalAdmin, subject: "quiet-client")
        );

        HttpResponseMessage? limited = null;
        for (var i = 0; i < 11 && limited is null; i++)
        {
            var response = await busy.GetAsync("/api/statistics/2568");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
                limited = response;
            else
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }

        Assert.NotNull(limited);
        var retryAfter = limited.Headers.RetryAfter?.Delta;
        Assert.True(retryAfter is { TotalSeconds: >= 1 and <= 3 }, $"Retry-After: {limited.Headers.RetryAfter}");
        Assert.Contains("Too many requests", await limited.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await other.GetAsync("/api/statistics/2568")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/health")).StatusCode);

        await Task.Delay(retryAfter!.Value + TimeSpan.FromMilliseconds(300));
        Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/statistics/2568")).StatusCode);
    }

    [Fact]
    public async Task A_body_over_its_routes_limit_gets_413_before_any_service_sees_it_and_imports_take_large_files()
    {
        await SecurityData.EnsureAsync(system);
        var gateway = await system.StartGatewayAsync(
            "gateway-body",
            new Dictionary<string, string> { ["Gateway__DefaultMaxBodyBytes"] = "4096" }
        );
        using var client = new HttpClient { BaseAddress = gateway.BaseAddress }.Authorize(TestTokens.NationalAdmin());
        var json = "{\"note\":\"" + new string('ก', 4000) + "\"}";

        using var declared = await client.PutAsync(
            "/api/catalogue/measures/too-large",
            new StringContent(json, Encoding.UTF8, "application/json")
        );
        using var declaredSmallRoute = await client.PostAsync(
            "/api/analyses",
            new StringContent(json, Encoding.UTF8, "application/json")
        );
        var chunked = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(json)));
        chunked.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var chunkedRequest = new HttpRequestMessage(HttpMethod.Post, "/api/analyses") { Content = chunked };
        chunkedRequest.Headers.TransferEncodingChunked = true;
        using var streamed = await client.SendAsync(chunkedRequest);

        // The catalogue route allows 4 MB: the body reaches the service, which finds it is no measure.
        Assert.Equal(HttpStatusCode.BadRequest, declared.StatusCode);
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, declaredSmallRoute.StatusCode);
        Assert.Contains("body", await declaredSmallRoute.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, streamed.StatusCode);

        // The imports route takes files far above the default: 64 kB of rows for organisations not in the registry.
        var csv = new StringBuilder("organisation_code,fiscal_year,total\n");
        while (csv.Length < 64 * 1024)
            csv.Append("9999999,2568,50\n");
        using var import = await client.PostAsync(
            "/api/imports",
            new StringContent(csv.ToString(), Encoding.UTF8, "text/csv")
        );
        Assert.Equal(HttpStatusCode.Accepted, import.StatusCode);
    }

    [Fact]
    public async Task Path_traversal_through_the_gateway_reaches_nothing_it_does_not_route()
    {
        await SecurityData.EnsureAsync(system);
        var gateway = system.GatewayProcess.BaseAddress;
        var officer = $"Authorization: Bearer {TestTokens.For(ItaRoles.Officer, Own)}";

        // Dot segments are resolved before routing, so the officer is asked about the far organisation: 404.
        var (plain, plainAnswer) = await RawHttp.SendAsync(gateway, $"/api/analyses/{Own}/../{Far}/2568", officer);
        Assert.Equal(404, plain);
        Assert.DoesNotContain(Far, Body(plainAnswer));

        foreach (
            var target in new[]
            {
                $"/api/analyses/{Own}/..%2F{Far}/2568",
                $"/api/analyses/{Own}/%2e%2e/{Far}/2568",
                "/api/imports/..%2F..%2Fhealth",
                "/api/imports/%2E%2E/%2E%2E/health",
                "/api/analyses/..%5C..%5Chealth",
                "/api/analyses/%252e%252e/health",
            }
        )
        {
            var (status, answer) = await RawHttp.SendAsync(gateway, target, officer);
            Assert.True(status is 400 or 404, $"{target}: {answer}");
            Assert.DoesNotContain(Far, Body(answer));
            Assert.DoesNotContain("Healthy", Body(answer));
        }

        // A service's own probes are not routed: under an API prefix they are just an unknown organisation.
        using var admin = system.CreateGatewayClient(TestTokens.NationalAdmin());
        foreach (
            var path in new[]
            {
                "/api/analyses/health",
                "/api/imports/alive",
                "/api/plans/health",
                "/api/documents/health",
            }
        )
            Assert.DoesNotContain("Healthy", await (await admin.GetAsync(path)).Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_client_sent_user_id_is_replaced_by_the_token_subject_in_the_audit_trail()
    {
        await SecurityData.EnsureAsync(system);
        using var admin = system.CreateGatewayClient(TestTokens.For(ItaRoles.NationalAdmin, subject: "audit-admin-7"));
        var current = await admin.GetFromJsonAsync<JsonObject>("/api/catalogue");
        var measure = current!["measures"]!.AsArray()[0]!.AsObject();
        measure["title"] = measure["title"]!.GetValue<string>() + " (ฉบับตรวจสอบผู้แก้ไข)";

        using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/catalogue/measures/{measure["id"]}")
        {
            Content = new StringContent(measure.ToJsonString(), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-User-Id", "attacker");
        using var changed = await admin.SendAsync(request);
        Assert.Equal(HttpStatusCode.Created, changed.StatusCode);

        var versions = await admin.GetFromJsonAsync<JsonElement>("/api/catalogue/versions");
        Assert.Equal("audit-admin-7", versions.EnumerateArray().Last().GetProperty("changedBy").GetString());
    }

    [Fact]
    public async Task Header_injection_changes_nothing()
    {
        await SecurityData.EnsureAsync(system);
        var gateway = system.GatewayProcess.BaseAddress;
        var officer = $"Authorization: Bearer {TestTokens.For(ItaRoles.Officer, Own)}";

        // A bare CR inside a header value: the gateway refuses the request outright.
        var (bareCr, _) = await RawHttp.SendAsync(
            gateway,
            $"/api/analyses/{Far}/2568",
            officer,
            "X-Correlation-Id: a\rX-User-Id: attacker"
        );
        Assert.Equal(400, bareCr);

        // Encoded CR/LF in the query stays data: no header appears, the officer still sees only its own.
        var (encoded, answer) = await RawHttp.SendAsync(
            gateway,
            "/api/analyses?year=2568&province=%0d%0aX-Injected:%20yes",
            officer
        );
        Assert.Equal(200, encoded);
        Assert.DoesNotContain("X-Injected", Headers(answer), StringComparison.OrdinalIgnoreCase);

        // A correlation id that is not a plain token is replaced, not echoed.
        var (_, replaced) = await RawHttp.SendAsync(
            gateway,
            $"/api/analyses/{Own}/2568",
            officer,
            "X-Correlation-Id: <script>alert(1)</script>"
        );
        Assert.DoesNotContain("<script>", Headers(replaced));
    }

    [Fact]
    public async Task Answers_carry_security_headers_and_the_correlation_id_and_trace_go_through()
    {
        await SecurityData.EnsureAsync(system);
        using var admin = system.CreateGatewayClient(TestTokens.NationalAdmin());
        var traceId = ActivityTraceId.CreateRandom();
        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/analyses/{Own}/2568");
        request.Headers.Add("X-Correlation-Id", "security-e2e-42");
        request.Headers.Add(
            "traceparent",
            $"00-{traceId.ToHexString()}-{ActivitySpanId.CreateRandom().ToHexString()}-01"
        );
        using var response = await admin.SendAsync(request);
        using var refused = await system.CreateGatewayClient(null).GetAsync($"/api/analyses/{Own}/2568");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("security-e2e-42", response.Headers.GetValues("X-Correlation-Id").Single());
        foreach (var answer in new[] { response, refused })
        {
            Assert.Equal("nosniff", answer.Headers.GetValues("X-Content-Type-Options").Single());
            Assert.Equal("SAMEORIGIN", answer.Headers.GetValues("X-Frame-Options").Single());
            Assert.Contains("frame-ancestors", answer.Headers.GetValues("Content-Security-Policy").Single());
            Assert.Equal("no-referrer", answer.Headers.GetValues("Referrer-Policy").Single());
            Assert.False(answer.Headers.Contains("Server"));
        }
        await system.WaitForAsync(
            () => Task.FromResult(system.Collector.SawTrace("analysis", traceId.ToHexString())),
            SystemFixture.Patience,
            $"analysis never reported a span of the caller's trace {traceId}"
        );
    }

    private static string Headers(string answer) => answer.Split("\r\n\r\n", 2)[0];

    private static string Body(string answer) => answer.Split("\r\n\r\n", 2) is [_, var body] ? body : "";
}
