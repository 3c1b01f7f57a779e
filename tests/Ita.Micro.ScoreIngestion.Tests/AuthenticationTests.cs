using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.ScoreIngestion.Tests;

/// <summary>
/// The service checks tokens itself, whatever the gateway did: a request that reached it around the gateway gets
/// nothing without a valid token, and an integration's token opens only the imports.
/// </summary>
[Collection(BrokerCollection.Name)]
public sealed class AuthenticationTests(RabbitMqFixture rabbit)
{
    [Fact]
    public async Task Expired_badly_signed_wrong_audience_and_missing_tokens_get_401_and_no_data()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = null;

        var failures = new List<string>();
        foreach (var (what, token) in TestTokens.Refused())
        foreach (
            var path in new[]
            {
                "/api/organisations",
                "/api/assessments/6630801",
                "/api/codebooks",
                "/api/imports/" + Guid.NewGuid(),
            }
        )
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.Authorization = token is null ? null : new AuthenticationHeaderValue("Bearer", token);
            using var response = await client.SendAsync(request);
            if (response.StatusCode != HttpStatusCode.Unauthorized)
                failures.Add($"{what} {path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        Assert.True(failures.Count == 0, string.Join("\n", failures));
    }

    [Fact]
    public async Task Probes_need_no_token()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = await app.CreateReadyClientAsync();
        client.DefaultRequestHeaders.Authorization = null;

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/alive")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/health")).StatusCode);
    }

    [Fact]
    public async Task An_integration_submits_imports_and_reads_their_status_and_nothing_else()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = (await app.CreateReadyClientAsync()).Authorize(TestTokens.For(ItaRoles.Integration));

        using var accepted = await client.PostAsync(
            "/api/imports",
            new StringContent("organisation_code,fiscal_year,total\n6630801,2568,85.71\n", Encoding.UTF8, "text/csv")
        );
        Assert.Equal(HttpStatusCode.Accepted, accepted.StatusCode);
        using var status = await client.GetAsync(accepted.Headers.Location);
        Assert.Equal(HttpStatusCode.OK, status.StatusCode);

        foreach (
            var path in new[]
            {
                "/api/organisations",
                "/api/assessments/6630801",
                "/api/codebooks",
                "/api/codebooks/2568",
            }
        )
            Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync(path)).StatusCode);
        using var registry = await client.PostAsync(
            "/api/organisations",
            new StringContent(
                "code,name,type,province,district\n6630801,ทดสอบ,เทศบาลตำบล,ตาก,อุ้มผาง\n",
                Encoding.UTF8,
                "text/csv"
            )
        );
        Assert.Equal(HttpStatusCode.Forbidden, registry.StatusCode);
    }

    [Fact]
    public async Task An_officer_cannot_import_scores_nor_load_the_registry_or_a_code_book()
    {
        await using var app = new ScoreIngestionApp(rabbit.Broker);
        using var client = (await app.CreateReadyClientAsync()).Authorize(TestTokens.For(ItaRoles.Officer, "6630801"));

        using var import = await client.PostAsync(
            "/api/imports",
            new StringContent("organisation_code,fiscal_year,total\n6630801,2568,85.71\n", Encoding.UTF8, "text/csv")
        );
        using var registry = await client.PostAsync(
            "/api/organisations",
            new StringContent(
                "code,name,type,province,district\n6630801,ทดสอบ,เทศบาลตำบล,ตาก,อุ้มผาง\n",
                Encoding.UTF8,
                "text/csv"
            )
        );
        using var book = await client.PutAsync(
            "/api/codebooks/2568",
            new StringContent("{}", Encoding.UTF8, "application/json")
        );

        Assert.Equal(
            (HttpStatusCode.Forbidden, HttpStatusCode.Forbidden, HttpStatusCode.Forbidden),
            (import.StatusCode, registry.StatusCode, book.StatusCode)
        );
    }
}
