using System.Security.Claims;
using Ita.Micro.Portal.Extensions;
using Ita.Micro.Portal.Gateway;
using Ita.Micro.Portal.Session;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authentication.OpenIdConnect;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Portal.Apis;

/// <summary>Signing in and out, and the language switch.</summary>
public static class AccountApi
{
    public static IEndpointRouteBuilder MapAccountApi(this IEndpointRouteBuilder app)
    {
        var account = app.MapGroup("/account").AllowAnonymous();
        account.MapGet("/login", Login);
        account.MapPost("/dev-sign-in", DevelopmentSignIn);
        account.MapPost("/sign-out", SignOut);
        app.MapGet("/culture/{name}", Culture).AllowAnonymous();
        return app;
    }

    /// <summary>Sends the user to the identity provider (production) or the development sign-in page.</summary>
    public static IResult Login(string? returnUrl, IOptions<SignInOptions> options) =>
        options.Value.UsesIdentityProvider
            ? TypedResults.Challenge(
                new AuthenticationProperties { RedirectUri = LocalUrl(returnUrl) },
                [OpenIdConnectDefaults.AuthenticationScheme]
            )
            : TypedResults.LocalRedirect("/signin?returnUrl=" + Uri.EscapeDataString(LocalUrl(returnUrl)));

    /// <summary>
    /// Development only: a token of the gateway's development issuer for the role and organisation picked on the sign-in
    /// page, lasting the minutes asked for (the gateway's default otherwise), kept in the session cookie. With an identity provider configured, or outside Development, the path answers 404.
    /// </summary>
    public static async Task<IResult> DevelopmentSignIn(
        [FromForm] string? role,
        [FromForm] string? org,
        [FromForm] string? province,
        [FromForm] string? sub,
        [FromForm] int? minutes,
        [FromForm] string? returnUrl,
        HttpContext context,
        GatewayClient gateway,
        IOptions<SignInOptions> options,
        IHostEnvironment environment
    )
    {
        if (options.Value.UsesIdentityProvider || !environment.IsDevelopment())
            return TypedResults.NotFound();
        var fields = new Dictionary<string, string?>
        {
            ["role"] = role ?? "",
            ["org"] = org?.Trim() ?? "",
            ["province"] = province?.Trim() ?? "",
            ["sub"] = sub?.Trim() ?? "",
        };
        if (minutes is { } length)
            fields["minutes"] = length.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var query = QueryString.Create(fields);
        var answer = await gateway.SendAsync<DevelopmentToken>(
            HttpMethod.Post,
            "dev/token" + query,
            null,
            context.RequestAborted
        );
        if (!answer.Ok || answer.Value is not { } issued)
        {
            var why = string.Join(" ", answer.Problem?.Messages() ?? []);
            return TypedResults.LocalRedirect(
                $"/signin?error={Uri.EscapeDataString(why)}&returnUrl={Uri.EscapeDataString(LocalUrl(returnUrl))}"
            );
        }
        Claim[] claims =
        [
            new(PortalClaims.Subject, issued.Subject),
            new(PortalClaims.Role, issued.Role),
            .. string.IsNullOrWhiteSpace(org)
                ? Array.Empty<Claim>()
                : [new Claim(PortalClaims.Organisation, org.Trim())],
            .. string.IsNullOrWhiteSpace(province)
                ? Array.Empty<Claim>()
                : [new Claim(PortalClaims.Province, province.Trim())],
        ];
        var principal = SessionPrincipal.Create(issued.Token, issued.ExpiresAtUtc, claims);
        await context.SignInAsync(
            CookieAuthenticationDefaults.AuthenticationScheme,
            principal,
            new AuthenticationProperties { ExpiresUtc = issued.ExpiresAtUtc, IsPersistent = false }
        );
        return TypedResults.LocalRedirect(LocalUrl(returnUrl));
    }

    public static async Task<IResult> SignOut(HttpContext context, IOptions<SignInOptions> options)
    {
        await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        if (options.Value.UsesIdentityProvider)
            return TypedResults.SignOut(
                new AuthenticationProperties { RedirectUri = "/signin" },
                [OpenIdConnectDefaults.AuthenticationScheme]
            );
        return TypedResults.LocalRedirect("/signin");
    }

    /// <summary>The language switch: Thai (th) or English (en), kept in a cookie for a year.</summary>
    public static IResult Culture(string name, string? returnUrl, HttpContext context)
    {
        if (PortalExtensions.Cultures.Any(c => c.Name == name))
            context.Response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(name)),
                new CookieOptions
                {
                    MaxAge = TimeSpan.FromDays(365),
                    SameSite = SameSiteMode.Lax,
                    HttpOnly = true,
                    IsEssential = true,
                }
            );
        return TypedResults.LocalRedirect(LocalUrl(returnUrl));
    }

    /// <summary>Only a path of the portal itself (no open redirect to another site).</summary>
    private static string LocalUrl(string? url) =>
        url is { Length: > 0 }
        && url.StartsWith('/')
        && !url.StartsWith("//", StringComparison.Ordinal)
        && !url.StartsWith("/\\", StringComparison.Ordinal)
            ? url
            : "/";
}
