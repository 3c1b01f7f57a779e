using System.Net.Http.Headers;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.Testing;

/// <summary>
/// Bearer tokens for tests, signed with the development key every service accepts in Development (or another key,
/// for a production-like host). Subjects name the role so audit trails in failures say who acted.
/// </summary>
public static class TestTokens
{
    /// <summary>The default caller of test clients: sees and changes everything.</summary>
    public static string NationalAdmin() => For(ItaRoles.NationalAdmin);

    public static string For(string role, string? organisationCode = null, string? province = null, string? subject = null,
        string? signingKey = null, TimeSpan? lifetime = null) =>
        DevelopmentTokens.Create(subject ?? $"test-{role}{(organisationCode is null ? "" : "-" + organisationCode)}{(province is null ? "" : "-" + province)}",
            role, organisationCode, province, lifetime, signingKey);

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>A client's header set to <paramref name="token"/>: <c>client.Authorize(TestTokens.For(...))</c>.</summary>
    public static HttpClient Authorize(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = Bearer(token);
        return client;
    }
}
