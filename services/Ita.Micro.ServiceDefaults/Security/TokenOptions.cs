namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// Section "Authentication": either an OpenID Connect identity provider (Authentication__Authority, whose metadata
/// gives the issuer and signing keys) or, for local runs, a shared signing key (Authentication__SigningKey, or a
/// mounted file named by Authentication__SigningKeyFile) with Authentication__Issuer. Authentication__Audience in
/// both. In Development, with neither set, the documented development key of <see cref="DevelopmentTokens"/> is used.
/// </summary>
public sealed class TokenOptions
{
    public const string Section = "Authentication";

    /// <summary>The identity provider's issuer URL (https), e.g. the ministry's OIDC realm.</summary>
    public string? Authority { get; set; }

    public string Audience { get; set; } = DevelopmentTokens.Audience;

    /// <summary>The issuer tokens signed with <see cref="SigningKey"/> carry.</summary>
    public string Issuer { get; set; } = DevelopmentTokens.Issuer;

    /// <summary>HMAC-SHA256 key as text, at least 32 bytes of UTF-8. From the environment or a mounted file only.</summary>
    public string? SigningKey { get; set; }

    /// <summary>A file holding the signing key (e.g. a mounted Kubernetes secret); read at start-up.</summary>
    public string? SigningKeyFile { get; set; }

    /// <summary>How far clocks of issuer and service may drift; tokens expire this much after their "exp" at most.</summary>
    public TimeSpan ClockSkew { get; set; } = TimeSpan.FromSeconds(30);
}
