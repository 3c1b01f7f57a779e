using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Security;
using Yarp.ReverseProxy.Transforms;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// Tells the services who called, as the token's subject in X-User-Id, for callers that read the header; services
/// validate the forwarded bearer token themselves, and <see cref="CurrentUser.Id"/> prefers its subject anyway.
/// </summary>
public static class UserIdForwarding
{
    public static IReverseProxyBuilder AddUserIdForwarding(this IReverseProxyBuilder proxy) =>
        proxy.AddTransforms(transforms =>
            transforms.AddRequestTransform(context =>
            {
                var headers = context.ProxyRequest.Headers;
                headers.Remove(CurrentUser.Header);
                var subject = context.HttpContext.User.FindFirst(ItaClaims.Subject)?.Value;
                // Header values are ASCII: a subject with anything else (Thai, control characters) goes percent-encoded.
                if (!string.IsNullOrWhiteSpace(subject))
                    headers.TryAddWithoutValidation(
                        CurrentUser.Header,
                        subject.All(c => c is >= ' ' and <= '~') ? subject : Uri.EscapeDataString(subject)
                    );
                return ValueTask.CompletedTask;
            })
        );
}
