using System.Security.Claims;
using System.Text;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>
/// Tokens for local runs and tests, signed with a key that is public on purpose (it is in this file and the README):
/// anything signed with it proves nothing, so a service outside Development refuses to start with it
/// (<see cref="TokenOptionsValidator"/>). Issued by the gateway's Development-only <c>/dev/token</c> and by tests.
/// </summary>
public static class DevelopmentTokens
{
    public const string SigningKey = "ita-micro-development-signing-key-not-a-secret-never-in-production";
    public const string Issuer = "ita-micro-development";
    public const string Audience = "ita-micro";

    /// <param name="role">One of <see cref="ItaRoles"/>.</param>
    /// <param name="organisationCode">For officers and approvers: the organisation they work for.</param>
    /// <param name="province">For province overseers: the province they oversee.</param>
    /// <param name="signingKey">Another key than the development one (a test of a production-like host).</param>
    public static string Create(
        string subject,
        string role,
        string? organisationCode = null,
        string? province = null,
        TimeSpan? lifetime = null,
        string? signingKey = null,
        string issuer = Issuer,
        string audience = Audience,
        DateTime? notBefore = null
    )
    {
        var claims = new Dictionary<string, object> { [ItaClaims.Subject] = subject, [ItaClaims.Role] = role };
        if (!string.IsNullOrWhiteSpace(organisationCode))
            claims[ItaClaims.Organisation] = organisationCode;
        if (!string.IsNullOrWhiteSpace(province))
            claims[ItaClaims.Province] = province;
        var start = notBefore ?? DateTime.UtcNow;
        var descriptor = new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = audience,
            Claims = claims,
            IssuedAt = start,
            NotBefore = start,
            Expires = start + (lifetime ?? TimeSpan.FromHours(8)),
            SigningCredentials = new SigningCredentials(Key(signingKey ?? SigningKey), SecurityAlgorithms.HmacSha256),
        };
        return new JsonWebTokenHandler().CreateToken(descriptor);
    }

    public static SymmetricSecurityKey Key(string signingKey) => new(Encoding.UTF8.GetBytes(signingKey));

    /// <summary>The claims a token of <see cref="Create"/> gives, as a service sees them (for unit tests of handlers).</summary>
    public static ClaimsPrincipal Principal(
        string subject,
        string role,
        string? organisationCode = null,
        string? province = null
    )
    {
        var claims = new List<Claim> { new(ItaClaims.Subject, subject), new(ItaClaims.Role, role) };
        if (organisationCode is not null)
            claims.Add(new Claim(ItaClaims.Organisation, organisationCode));
        if (province is not null)
            claims.Add(new Claim(ItaClaims.Province, province));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Bearer", ItaClaims.Subject, ItaClaims.Role));
    }
}
