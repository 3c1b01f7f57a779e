using Ita.Micro.Portal.Session;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;

namespace Ita.Micro.Portal.Extensions;

/// <summary>
/// The session: a cookie (HttpOnly, Secure outside Development, SameSite=Lax) holding the user's claims and access
/// token, ending when the token does. Sign-in through the identity provider (code + PKCE), or in Development through
/// the sign-in page and the gateway's development issuer.
/// </summary>
public static class SignInExtensions
{
    public const string CookieName = "ita-portal";

    public static WebApplicationBuilder AddPortalSignIn(this WebApplicationBuilder builder)
    {
        builder.Services.AddSingleton<IValidateOptions<SignInOptions>, SignInOptionsValidator>();
        builder.Services.AddOptions<SignInOptions>().BindConfiguration(SignInOptions.Section).ValidateOnStart();
        var signIn = builder.Configuration.GetSection(SignInOptions.Section).Get<SignInOptions>()
            ?? new SignInOptions();

        var authentication = builder.Services.AddAuthentication(options =>
        {
            options.DefaultScheme = CookieAuthenticationDefaults.AuthenticationScheme;
            options.DefaultChallengeScheme = signIn.UsesIdentityProvider
                ? OpenIdConnectDefaults.AuthenticationScheme
                : CookieAuthenticationDefaults.AuthenticationScheme;
        });
        authentication.AddCookie(cookie =>
        {
            cookie.Cookie.Name = CookieName;
            cookie.Cookie.HttpOnly = true;
            cookie.Cookie.SameSite = SameSiteMode.Lax;
            cookie.Cookie.SecurePolicy = builder.Environment.IsDevelopment()
                ? CookieSecurePolicy.SameAsRequest
                : CookieSecurePolicy.Always;
            cookie.LoginPath = "/signin";
            cookie.LogoutPath = "/account/sign-out";
            cookie.AccessDeniedPath = "/signin";
            cookie.SlidingExpiration = false;
            cookie.Events.OnValidatePrincipal = context =>
            {
                // The session ends with its token: the APIs would refuse it anyway.
                if (PortalUser.From(context.Principal!) is not { } user || user.Expired(DateTime.UtcNow))
                    context.RejectPrincipal();
                return Task.CompletedTask;
            };
        });
        if (signIn.UsesIdentityProvider)
        {
            authentication.AddOpenIdConnect(oidc =>
            {
                oidc.Authority = signIn.Authority;
                oidc.ClientId = signIn.ClientId;
                oidc.ClientSecret = signIn.ClientSecret;
                oidc.ResponseType = OpenIdConnectResponseType.Code;
                oidc.UsePkce = true;
                oidc.SaveTokens = false;
                oidc.MapInboundClaims = false;
                oidc.GetClaimsFromUserInfoEndpoint = false;
                oidc.Scope.Clear();
                oidc.Scope.Add("openid");
                oidc.Scope.Add("profile");
                foreach (var scope in signIn.Scopes)
                    oidc.Scope.Add(scope);
                oidc.TokenValidationParameters.NameClaimType = PortalClaims.Subject;
                oidc.TokenValidationParameters.RoleClaimType = PortalClaims.Role;
                oidc.Events.OnTokenResponseReceived = context =>
                {
                    context.HttpContext.Items[PortalClaims.AccessToken] = context.TokenEndpointResponse.AccessToken;
                    return Task.CompletedTask;
                };
                oidc.Events.OnTicketReceived = context =>
                {
                    // The session keeps what the APIs will read: the access token's own claims (role, org), not the id token's.
                    var accessToken = context.HttpContext.Items[PortalClaims.AccessToken] as string ?? "";
                    var token = new JsonWebToken(accessToken);
                    context.Principal = SessionPrincipal.Create(accessToken, token.ValidTo, token.Claims);
                    context.Properties!.ExpiresUtc = token.ValidTo;
                    context.Properties.IsPersistent = false;
                    return Task.CompletedTask;
                };
            });
        }
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        return builder;
    }
}
