namespace Ita.Micro.Portal.Extensions;

/// <summary>
/// Section "Authentication": the OpenID Connect identity provider officers sign in with (authorization code + PKCE).
/// Without an authority, Development offers its own sign-in page that asks the gateway's development issuer for a
/// token; outside Development an authority is required.
/// </summary>
public sealed class SignInOptions
{
    public const string Section = "Authentication";

    /// <summary>The identity provider's issuer URL (its metadata gives the endpoints and keys).</summary>
    public string? Authority { get; set; }

    /// <summary>The portal's client id at the identity provider.</summary>
    public string? ClientId { get; set; }

    /// <summary>The portal's client secret (a confidential client); from the environment or a mounted file only.</summary>
    public string? ClientSecret { get; set; }

    /// <summary>Scopes asked for besides openid and profile, e.g. the API's scope that puts "ita-micro" in the token's audience.</summary>
    public string[] Scopes { get; set; } = [];

    public bool UsesIdentityProvider => !string.IsNullOrWhiteSpace(Authority);
}
