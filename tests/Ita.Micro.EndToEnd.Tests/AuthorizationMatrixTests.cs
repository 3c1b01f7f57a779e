using System.Net.Http.Headers;
using System.Text;
using Xunit;
using static Ita.Micro.EndToEnd.Tests.SecurityData;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Every row of <see cref="AuthorizationMatrix"/> sent through the gateway to the services as they run: the status
/// is the one the table says, and no answer names an organisation outside the caller's reach. All rows run and all
/// mismatches are reported together.
/// </summary>
[Collection(SecurityCollection.Name)]
public sealed class AuthorizationMatrixTests(SystemFixture system)
{
    [Fact]
    public async Task Every_caller_gets_what_the_matrix_says_and_never_another_organisations_data()
    {
        var seed = await SecurityData.EnsureAsync(system);
        using var client = system.CreateGatewayClient(null);
        var tokens = AuthorizationMatrix.Callers.ToDictionary(c => c, AuthorizationMatrix.Token);

        var failures = new List<string>();
        var rows = AuthorizationMatrix.All().ToList();
        foreach (var rule in rows)
        {
            var path = seed.Resolve(rule.Path);
            using var request = new HttpRequestMessage(new HttpMethod(rule.Method), path);
            if (tokens[rule.Caller] is { } token)
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (rule.Body is not null)
                request.Content = new StringContent(rule.Body, Encoding.UTF8, rule.ContentType);
            using var response = await client.SendAsync(request);
            var body = await response.Content.ReadAsStringAsync();

            if ((int)response.StatusCode != rule.Expected)
                failures.Add($"{rule} → {(int)response.StatusCode}, expected {rule.Expected}: {Cut(body)}");
            // Import status lists the import's rows: integrations are not scoped by organisation, and it is theirs.
            var foreign =
                rule.Path.StartsWith("/api/imports", StringComparison.Ordinal)
                && rule.Caller is AuthorizationMatrix.Integration or AuthorizationMatrix.Admin
                    ? []
                    : new[] { Own, Neighbour, Far }
                        .Except(AuthorizationMatrix.Reach(rule.Caller))
                        .Where(code => body.Contains(code, StringComparison.Ordinal));
            foreach (var code in foreign)
                failures.Add($"{rule} → names {code}, outside the caller's reach: {Cut(body)}");
            foreach (var code in rule.Sees ?? [])
                if (!body.Contains(code, StringComparison.Ordinal))
                    failures.Add($"{rule} → leaves out {code}, within reach: {Cut(body)}");
        }

        Assert.True(rows.Count > 200, $"the matrix has only {rows.Count} rows");
        Assert.True(
            failures.Count == 0,
            $"{failures.Count} of {rows.Count} rows failed:\n{string.Join("\n", failures)}"
        );
    }

    private static string Cut(string body) => body.Length > 300 ? body[..300] + "…" : body;
}
