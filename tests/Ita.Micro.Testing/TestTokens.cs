using System.Net.Http.Headers;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.IdentityModel.JsonWebTokens;

namespace Ita.Micro.Testing;

/// <summary>
/// Bearer tokens for tests, signed with the development key every service accepts in Development (or another key,
/// for a production-like host). Subjects name the role so audit trails in failures say who acted.
/// </summary>
public static class TestTokens
{
    /// <summary>The default caller of test clients: sees and changes everything.</summary>
    public static string NationalAdmin() => For(ItaRoles.NationalAdmin);

    public static string For(
        string role,
        string? organisationCode = null,
        string? province = null,
        string? subject = null,
        string? signingKey = null,
        TimeSpan? lifetime = null
    ) =>
        DevelopmentTokens.Create(
            subject
                ?? $"test-{role}{(organisationCode is null ? "" : "-" + organisationCode)}{(province is null ? "" : "-" + province)}",
            role,
            organisationCode,
            province,
            lifetime,
            signingKey
        );

    public static AuthenticationHeaderValue Bearer(string token) => new("Bearer", token);

    /// <summary>A client's header set to <paramref name="token"/>: <c>client.Authorize(TestTokens.For(...))</c>.</summary>
    public static HttpClient Authorize(this HttpClient client, string token)
    {
        client.DefaultRequestHeaders.Authorization = Bearer(token);
        return client;
    }

    /// <summary>Tokens every service and the gateway must refuse with 401 (null: no Authorization header at all).</summary>
    public static IReadOnlyList<(string What, string? Token)> Refused()
    {
        var hoursAgo = DateTime.UtcNow.AddHours(-3);
        return
        [
            ("missing", null),
            (
                "expired",
                DevelopmentTokens.Create(
                    "expired",
                    ItaRoles.NationalAdmin,
                    lifetime: TimeSpan.FromHours(1),
                    notBefore: hoursAgo
                )
            ),
            (
                "signed with another key",
                DevelopmentTokens.Create(
                    "forger",
                    ItaRoles.NationalAdmin,
                    signingKey: "a-key-that-is-not-the-one-the-services-trust-at-all"
                )
            ),
            (
                "for another audience",
                DevelopmentTokens.Create("elsewhere", ItaRoles.NationalAdmin, audience: "another-system")
            ),
            (
                "from another issuer",
                DevelopmentTokens.Create("elsewhere", ItaRoles.NationalAdmin, issuer: "https://evil.example")
            ),
            (
                "unsigned (alg none)",
                new JsonWebTokenHandler().CreateToken(
                    $$"""{"sub":"nobody","role":"national-admin","aud":"{{DevelopmentTokens.Audience}}","iss":"{{DevelopmentTokens.Issuer}}","exp":{{DateTimeOffset.UtcNow.AddHours(1).ToUnixTimeSeconds()}}}"""
                )
            ),
            ("not a token", "not-a-jwt"),
        ];
    }
}
