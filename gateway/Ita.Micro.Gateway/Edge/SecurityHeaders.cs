namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// Headers every answer of the gateway carries, whoever produced it: no content sniffing, no framing by another
/// site (documents may be shown in the portal, same origin), no referrer leaking organisation codes in URLs.
/// </summary>
public static class SecurityHeaders
{
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    var headers = context.Response.Headers;
                    headers.XContentTypeOptions = "nosniff";
                    headers.XFrameOptions = "SAMEORIGIN";
                    // The portal's pages set their own policy (its forms post to itself); API answers get the strict one.
                    if (headers.ContentSecurityPolicy.Count == 0)
                        headers.ContentSecurityPolicy = "frame-ancestors 'self'; base-uri 'none'; form-action 'none'";
                    headers["Referrer-Policy"] = "no-referrer";
                    headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
                    headers["Cross-Origin-Opener-Policy"] = "same-origin";
                    headers.CacheControl = headers.CacheControl.Count == 0 ? "no-store" : headers.CacheControl;
                    headers.Remove("Server");
                    headers.Remove("X-Powered-By");
                    return Task.CompletedTask;
                });
                await next(context);
            }
        );
}
