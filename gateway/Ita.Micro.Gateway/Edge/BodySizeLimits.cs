using Microsoft.AspNetCore.Http.Features;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// Per-route body limits (the route's MaxRequestBodySize, else Gateway:DefaultMaxBodyBytes), answered with 413
/// before anything is forwarded: at once when the length is declared; a chunked body is read (and buffered, on disk
/// past 64 kB) up to the limit first, since once forwarding has begun a refusal can only cut the connection.
/// </summary>
public static class BodySizeLimits
{
    private const int MemoryThreshold = 64 * 1024;

    /// <summary>
    /// How much of a chunked body past its limit is still read (and dropped) so that the client, still sending,
    /// receives the 413 instead of a cut connection; beyond it the server cuts the connection anyway.
    /// </summary>
    private const long DrainAllowance = 1024 * 1024;

    public static IReverseProxyApplicationBuilder UseBodySizeLimits(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(
            async (context, next) =>
            {
                var server = context.Features.Get<IHttpMaxRequestBodySizeFeature>();
                // YARP applies the route's own limit to the server after this middleware: read it from the route.
                var limit = context.GetReverseProxyFeature().Route.Config.MaxRequestBodySize switch
                {
                    -1 => null,
                    { } routeLimit => routeLimit,
                    null => server?.MaxRequestBodySize,
                };
                if (limit is not { } max)
                {
                    await next();
                    return;
                }
                if (context.Request.ContentLength > max)
                {
                    await TooLarge(context, max);
                    return;
                }
                if (context.Request.ContentLength is null && context.Request.Headers.TransferEncoding.Count > 0)
                {
                    if (server is { IsReadOnly: false })
                        server.MaxRequestBodySize = max + DrainAllowance;
                    var received = context.Request.Body;
                    context.Request.EnableBuffering(MemoryThreshold, max);
                    try
                    {
                        await context.Request.Body.CopyToAsync(Stream.Null, context.RequestAborted);
                    }
                    catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
                    {
                        // The buffer's "limit exceeded" (and Kestrel's 413 past the allowance) are IOExceptions.
                        await DrainAsync(received, context.RequestAborted);
                        await TooLarge(context, max);
                        return;
                    }
                    context.Request.Body.Position = 0;
                }
                await next();
            }
        );
        return proxy;
    }

    private static async Task DrainAsync(Stream body, CancellationToken cancellationToken)
    {
        try
        {
            await body.CopyToAsync(Stream.Null, cancellationToken);
        }
        catch (IOException)
        {
            // Over the allowance too: the server will close the connection after the answer.
        }
    }

    /// <summary>The 413, closing the connection: the rest of the body is not read, so the connection cannot carry another request.</summary>
    private static Task TooLarge(HttpContext context, long max)
    {
        context.Response.Headers.Connection = "close";
        return TypedResults
            .Problem(
                statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "ข้อมูลใหญ่เกินไป / Payload too large",
                detail: $"body: ข้อมูลที่ส่งต้องไม่เกิน {max:N0} ไบต์ / The body must be at most {max:N0} bytes."
            )
            .ExecuteAsync(context);
    }
}
