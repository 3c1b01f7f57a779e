using System.Globalization;
using System.Threading.RateLimiting;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// A fixed window of requests per client: the token's subject when the token is valid (so a whole office behind one
/// address is not one client), else the remote address. Over the limit: 429 with Retry-After, until the window ends.
/// </summary>
public static class ClientRateLimiting
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services)
    {
        services.AddRateLimiter(_ => { });
        services
            .AddOptions<RateLimiterOptions>()
            .Configure<IOptions<GatewayOptions>>(
                (limiter, gateway) =>
                {
                    var options = gateway.Value;
                    limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                        IsProbe(context.Request.Path) || IsPortal(context.Request.Path)
                            ? RateLimitPartition.GetNoLimiter("unlimited")
                            : RateLimitPartition.GetFixedWindowLimiter(
                                ClientKey(context),
                                _ => new FixedWindowRateLimiterOptions
                                {
                                    PermitLimit = options.PermitLimit,
                                    Window = options.Window,
                                    QueueLimit = 0,
                                }
                            )
                    );
                    limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
                    limiter.OnRejected = async (rejected, cancellationToken) =>
                    {
                        var wait = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                            ? retryAfter
                            : options.Window;
                        var seconds = Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds));
                        rejected.HttpContext.Response.Headers.RetryAfter = seconds.ToString(
                            CultureInfo.InvariantCulture
                        );
                        await TypedResults
                            .Problem(
                                statusCode: StatusCodes.Status429TooManyRequests,
                                title: "ส่งคำขอถี่เกินไป / Too many requests",
                                detail: $"ลองใหม่อีก {seconds} วินาที / Try again in {seconds} s."
                            )
                            .ExecuteAsync(rejected.HttpContext);
                    };
                }
            );
        return services;
    }

    /// <summary>The gateway's own probes are never limited: an orchestrator must always learn the gateway's state.</summary>
    private static bool IsProbe(PathString path) => path == "/health" || path == "/alive";

    /// <summary>
    /// The portal's pages and files (everything the gateway does not route to an API or its development issuer) are
    /// not limited here: a browser sends them with a cookie, not a token, so they would all count against one office's
    /// address; every API call a page makes comes back through the gateway with the user's token and counts for that user.
    /// </summary>
    private static bool IsPortal(PathString path) =>
        !path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase)
        && !path.StartsWithSegments("/dev", StringComparison.OrdinalIgnoreCase);

    private static string ClientKey(HttpContext context) =>
        context.User.Identity?.IsAuthenticated == true
        && context.User.FindFirst(ItaClaims.Subject)?.Value is { Length: > 0 } subject
            ? "sub:" + subject
            : "ip:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
