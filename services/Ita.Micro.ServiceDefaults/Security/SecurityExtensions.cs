using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.Tokens;

namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>JWT bearer authentication and the authorization policies, the same in every service and the gateway.</summary>
public static class SecurityExtensions
{
    public static IHostApplicationBuilder AddTokenAuthentication(this IHostApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSingleton<IValidateOptions<TokenOptions>, TokenOptionsValidator>();
        builder
            .Services.AddOptions<TokenOptions>()
            .BindConfiguration(TokenOptions.Section)
            .PostConfigure(options =>
            {
                if (string.IsNullOrWhiteSpace(options.SigningKey) && !string.IsNullOrWhiteSpace(options.SigningKeyFile))
                    options.SigningKey = ReadKeyFile(options.SigningKeyFile);
                // Local runs work without configuration; outside Development nothing is assumed.
                if (
                    development
                    && string.IsNullOrWhiteSpace(options.Authority)
                    && string.IsNullOrEmpty(options.SigningKey)
                )
                    options.SigningKey = DevelopmentTokens.SigningKey;
            })
            .ValidateOnStart();

        builder.Services.AddAuthentication(JwtBearerDefaults.AuthenticationScheme).AddJwtBearer();
        builder
            .Services.AddOptions<JwtBearerOptions>(JwtBearerDefaults.AuthenticationScheme)
            .Configure<IOptions<TokenOptions>>((jwt, tokens) => Configure(jwt, tokens.Value));

        var person = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().RequireRole(ItaRoles.People).Build();
        builder
            .Services.AddAuthorizationBuilder()
            .AddPolicy(ItaPolicies.Person, person)
            .AddPolicy(ItaPolicies.NationalAdmin, policy =>
                policy.RequireAuthenticatedUser().RequireRole(ItaRoles.NationalAdmin)
            )
            .AddPolicy(ItaPolicies.Imports, policy =>
                policy.RequireAuthenticatedUser().RequireRole(ItaRoles.Integration, ItaRoles.NationalAdmin)
            )
            // Secure by default: an endpoint that names no policy is for people, never for an integration's token.
            .SetFallbackPolicy(person);
        return builder;
    }

    private static void Configure(JwtBearerOptions jwt, TokenOptions tokens)
    {
        // Claims keep the names the token has ("sub", "role", "org"), whichever identity provider issued it.
        jwt.MapInboundClaims = false;
        jwt.Audience = tokens.Audience;
        jwt.TokenValidationParameters = new TokenValidationParameters
        {
            ValidateAudience = true,
            ValidateIssuer = true,
            ValidAudience = tokens.Audience,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            ClockSkew = tokens.ClockSkew,
            NameClaimType = ItaClaims.Subject,
            RoleClaimType = ItaClaims.Role,
        };
        if (!string.IsNullOrWhiteSpace(tokens.Authority))
        {
            // The identity provider's metadata gives the issuer and the signing keys (rotated without a release).
            jwt.Authority = tokens.Authority;
        }
        else
        {
            jwt.TokenValidationParameters.ValidIssuer = tokens.Issuer;
            jwt.TokenValidationParameters.ValidateIssuerSigningKey = true;
            jwt.TokenValidationParameters.IssuerSigningKey = DevelopmentTokens.Key(tokens.SigningKey!);
            jwt.TokenValidationParameters.ValidAlgorithms = [SecurityAlgorithms.HmacSha256];
        }
    }

    /// <summary>A mounted secret file: its text without the trailing newline editors and `kubectl create secret` leave.</summary>
    private static string ReadKeyFile(string path)
    {
        if (!File.Exists(path))
            throw new OptionsValidationException(
                TokenOptions.Section,
                typeof(TokenOptions),
                [$"Authentication:SigningKeyFile \"{path}\" does not exist."]
            );
        return File.ReadAllText(path).TrimEnd('\r', '\n');
    }

    /// <summary>
    /// Mounted secret files (one file per setting, named like the environment variable: RabbitMq__Password) read from
    /// the folder named by Secrets__Directory, e.g. /run/secrets; they override committed settings.
    /// </summary>
    public static IHostApplicationBuilder AddSecretFiles(this IHostApplicationBuilder builder)
    {
        var folder = builder.Configuration["Secrets:Directory"];
        if (!string.IsNullOrWhiteSpace(folder))
            builder.Configuration.AddKeyPerFile(Path.GetFullPath(folder), optional: false);
        return builder;
    }
}
