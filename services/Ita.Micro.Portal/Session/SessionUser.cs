using Microsoft.AspNetCore.Components.Authorization;

namespace Ita.Micro.Portal.Session;

/// <summary>
/// The signed-in user of the current request or circuit: components learn it from the authentication state (in a
/// circuit, the one the cookie gave when it connected), plain endpoints from the request.
/// </summary>
public sealed class SessionUser(AuthenticationStateProvider authentication, IHttpContextAccessor http)
{
    public async Task<PortalUser?> GetAsync()
    {
        try
        {
            return PortalUser.From((await authentication.GetAuthenticationStateAsync()).User);
        }
        catch (InvalidOperationException)
        {
            // Outside a component (an endpoint), the authentication state was never set: the request knows the user.
            return http.HttpContext is { } context ? PortalUser.From(context.User) : null;
        }
    }
}
