using System.Text;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Security;

/// <summary>Refuses, at start-up, settings that would accept forged tokens or none at all.</summary>
public sealed class TokenOptionsValidator(IHostEnvironment environment) : IValidateOptions<TokenOptions>
{
    public const int MinimumKeyBytes = 32;

    public ValidateOptionsResult Validate(string? name, TokenOptions options)
    {
        var errors = new List<string>();
        var hasAuthority = !string.IsNullOrWhiteSpace(options.Authority);
        var hasKey = !string.IsNullOrEmpty(options.SigningKey);
        if (string.IsNullOrWhiteSpace(options.Audience))
            errors.Add("Authentication:Audience is required (set Authentication__Audience).");
        if (hasAuthority == hasKey)
            errors.Add(
                "Set exactly one of Authentication:Authority (the OpenID Connect identity provider) or "
                    + "Authentication:SigningKey / Authentication:SigningKeyFile (a shared key for local runs)."
            );
        if (hasAuthority && !Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
            errors.Add($"Authentication:Authority \"{options.Authority}\" is not an absolute URL.");
        if (hasKey && Encoding.UTF8.GetByteCount(options.SigningKey!) < MinimumKeyBytes)
            errors.Add($"Authentication:SigningKey must be at least {MinimumKeyBytes} bytes.");
        if (hasKey && string.IsNullOrWhiteSpace(options.Issuer))
            errors.Add("Authentication:Issuer is required with a signing key.");
        if (hasKey && options.SigningKey == DevelopmentTokens.SigningKey && !environment.IsDevelopment())
            errors.Add(
                $"Authentication:SigningKey is the published development key, which anyone can sign with: it is "
                    + $"refused outside Development (environment \"{environment.EnvironmentName}\"). Configure the "
                    + "identity provider (Authentication__Authority) or a secret key of your own."
            );
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
