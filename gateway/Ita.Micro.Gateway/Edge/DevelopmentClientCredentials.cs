using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// POST /connect/token — the OAuth 2.0 client credentials grant (RFC 6749 §4.4) of the development issuer, so an
/// integration is written against the same flow as production's identity provider: it posts its client id and
/// secret (HTTP Basic or form fields) and gets a bearer token with role <c>integration</c>. The one development
/// client is public on purpose, like the development signing key; like <see cref="DevelopmentTokenEndpoint"/>, the
/// path exists only in Development while the gateway trusts that key.
/// </summary>
public static class DevelopmentClientCredentials
{
    public const string ClientId = "ita-integration-development";
    public const string ClientSecret = "ita-integration-development-secret-not-a-secret";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public static IResult Issue(HttpRequest request, IFormCollection form)
    {
        if (form["grant_type"] != "client_credentials")
            return Error(
                StatusCodes.Status400BadRequest,
                "unsupported_grant_type",
                "grant_type ต้องเป็น client_credentials / grant_type must be client_credentials."
            );
        var (id, secret) = Credentials(request, form);
        if (id is null || secret is null)
            return Error(
                StatusCodes.Status400BadRequest,
                "invalid_request",
                "ต้องส่ง client_id และ client_secret (HTTP Basic หรือฟอร์ม) / client_id and client_secret are required (HTTP Basic or form fields)."
            );
        if (
            id != ClientId
            || !CryptographicOperations.FixedTimeEquals(
                Encoding.UTF8.GetBytes(secret),
                Encoding.UTF8.GetBytes(ClientSecret)
            )
        )
            return Error(
                StatusCodes.Status401Unauthorized,
                "invalid_client",
                "client_id หรือ client_secret ไม่ถูกต้อง / Unknown client or wrong secret."
            );

        var token = DevelopmentTokens.Create(id, ItaRoles.Integration, lifetime: Lifetime);
        return TypedResults.Ok(new ClientCredentialsToken(token, "Bearer", (int)Lifetime.TotalSeconds));
    }

    /// <summary>HTTP Basic (form-urlencoded id and secret, RFC 6749 §2.3.1) first, else the form's fields.</summary>
    private static (string? Id, string? Secret) Credentials(HttpRequest request, IFormCollection form)
    {
        if (
            AuthenticationHeaderValue.TryParse(request.Headers.Authorization, out var header)
            && header.Scheme.Equals("Basic", StringComparison.OrdinalIgnoreCase)
            && header.Parameter is { } parameter
        )
        {
            try
            {
                var pair = Encoding.UTF8.GetString(Convert.FromBase64String(parameter)).Split(':', 2);
                if (pair.Length == 2)
                    return (Uri.UnescapeDataString(pair[0]), Uri.UnescapeDataString(pair[1]));
            }
            catch (FormatException)
            {
                return (null, null);
            }
        }
        return (form["client_id"].FirstOrDefault(), form["client_secret"].FirstOrDefault());
    }

    private static IResult Error(int status, string error, string description) =>
        TypedResults.Json(new ClientCredentialsError(error, description), statusCode: status);
}
