using Microsoft.Extensions.Options;

namespace Ita.Micro.Portal.Extensions;

/// <summary>Refuses, at start-up, a portal that would sign nobody in, or anybody in with the development issuer in production.</summary>
public sealed class SignInOptionsValidator(IHostEnvironment environment) : IValidateOptions<SignInOptions>
{
    public ValidateOptionsResult Validate(string? name, SignInOptions options)
    {
        var errors = new List<string>();
        if (!options.UsesIdentityProvider && !environment.IsDevelopment())
            errors.Add(
                "Authentication:Authority is required outside Development (the OpenID Connect identity provider "
                    + "officers sign in with); the development sign-in page exists only in Development."
            );
        if (options.UsesIdentityProvider && !Uri.TryCreate(options.Authority, UriKind.Absolute, out _))
            errors.Add($"Authentication:Authority \"{options.Authority}\" is not an absolute URL.");
        if (options.UsesIdentityProvider && string.IsNullOrWhiteSpace(options.ClientId))
            errors.Add(
                "Authentication:ClientId is required with Authentication:Authority (the portal's client at the identity provider)."
            );
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }
}
