using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Ita.Micro.Portal.Session;

/// <summary>The cookie session's principal, made once from a token and who it was issued to, whichever way the user signed in.</summary>
public static class SessionPrincipal
{
    public static ClaimsPrincipal Create(string accessToken, DateTime expiresAtUtc, IEnumerable<Claim> tokenClaims)
    {
        var claims = tokenClaims
            .Where(c =>
                c.Type
                    is PortalClaims.Subject
                        or PortalClaims.Role
                        or PortalClaims.Organisation
                        or PortalClaims.Province
                        or PortalClaims.Name
            )
            .Select(c => new Claim(c.Type, c.Value))
            .ToList();
        claims.Add(new Claim(PortalClaims.AccessToken, accessToken));
        claims.Add(new Claim(PortalClaims.ExpiresAtUtc, expiresAtUtc.ToString("O", CultureInfo.InvariantCulture)));
        return new ClaimsPrincipal(
            new ClaimsIdentity(
                claims,
                CookieAuthenticationDefaults.AuthenticationScheme,
                PortalClaims.Subject,
                PortalClaims.Role
            )
        );
    }
}
