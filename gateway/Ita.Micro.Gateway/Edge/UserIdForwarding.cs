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
        proxy.AddTransforms(transforms => transforms.AddRequestTransform(context =>
        {
            var headers = context.ProxyRequest.Headers;
            headers.Remove(CurrentUser.Header);
            var subject = context.HttpContext.User.FindFirst(ItaClaims.Subject)?.Value;
            // A subject with control characters would split the header: it is not forwarded at all.
            if (!string.IsNullOrWhiteSpace(subject) && !subject.Any(char.IsControl))
                headers.TryAddWithoutValidation(CurrentUser.Header, subject);
            return ValueTask.CompletedTask;
        }));
}
