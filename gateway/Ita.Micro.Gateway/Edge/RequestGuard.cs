using System.Diagnostics;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// What the gateway refuses or replaces before anything else looks at a request: encoded dots and slashes in the
/// path (a service could decode them into a path the gateway never routed: /api/imports/..%2F..%2Fhealth), a
/// caller-chosen user id (the services' audit trail must record the token's subject, not what a client claims),
/// and a correlation id that is not a plain token.
/// </summary>
public static class RequestGuard
{
    public const string CorrelationHeader = "X-Correlation-Id";
    private const int MaxCorrelationLength = 64;

    public static IApplicationBuilder UseRequestGuard(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path.Value ?? "";
                var path = raw.Split('?', 2)[0];
                if (
                    path.Contains("%2e", StringComparison.OrdinalIgnoreCase)
                    || path.Contains("%2f", StringComparison.OrdinalIgnoreCase)
                    || path.Contains("%5c", StringComparison.OrdinalIgnoreCase)
                    || path.Contains('\\')
                )
                {
                    await TypedResults
                        .Problem(
                            statusCode: StatusCodes.Status400BadRequest,
                            title: "ที่อยู่ไม่ถูกต้อง / The path is not valid.",
                            detail: "path: ห้ามใช้จุด ทับ หรือทับกลับที่เข้ารหัสในที่อยู่ / Encoded dots, slashes and backslashes are not allowed in the path."
                        )
                        .ExecuteAsync(context);
                    return;
                }

                context.Request.Headers.Remove(CurrentUser.Header);

                var correlation = context.Request.Headers[CorrelationHeader].ToString();
                if (!IsPlainToken(correlation))
                    correlation = Activity.Current?.TraceId.ToHexString() ?? Guid.NewGuid().ToString("N");
                context.Request.Headers[CorrelationHeader] = correlation;
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers[CorrelationHeader] = correlation;
                    return Task.CompletedTask;
                });
                await next(context);
            }
        );

    private static bool IsPlainToken(string value) =>
        value.Length is > 0 and <= MaxCorrelationLength
        && value.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
