using Microsoft.AspNetCore.Http.Features;
using Yarp.ReverseProxy.Forwarder;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// Per-route body limits (the route's MaxRequestBodySize, else Gateway:DefaultMaxBodyBytes) answered with 413 before
/// anything is forwarded when the length is declared, and with 413 too when a chunked body runs over.
/// </summary>
public static class BodySizeLimits
{
    public static IReverseProxyApplicationBuilder UseBodySizeLimits(this IReverseProxyApplicationBuilder proxy)
    {
        proxy.Use(async (context, next) =>
        {
            var limit = context.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize;
            if (limit is { } max && context.Request.ContentLength > max)
            {
                await TooLarge(context, max);
                return;
            }
            await next();
            if (limit is { } reached && !context.Response.HasStarted
                && context.GetForwarderErrorFeature()?.Exception is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge })
                await TooLarge(context, reached);
        });
        return proxy;
    }

    private static Task TooLarge(HttpContext context, long max) =>
        TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
                title: "ข้อมูลใหญ่เกินไป / Payload too large",
                detail: $"body: ข้อมูลที่ส่งต้องไม่เกิน {max:N0} ไบต์ / The body must be at most {max:N0} bytes.")
            .ExecuteAsync(context);
}
