using Ita.Micro.Gateway.Edge;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Gateway.Extensions;

public static class GatewayExtensions
{
    /// <summary>The proxy (routes in configuration) and what guards it: rate limits, body limits, the user id forwarded.</summary>
    public static IHostApplicationBuilder AddGateway(this IHostApplicationBuilder builder)
    {
        builder
            .Services.AddOptions<GatewayOptions>()
            .BindConfiguration(GatewayOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder
            .Services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<GatewayOptions>>(
                (kestrel, gateway) =>
                {
                    kestrel.AddServerHeader = false;
                    kestrel.Limits.MaxRequestBodySize = gateway.Value.DefaultMaxBodyBytes;
                }
            );
        builder.Services.AddClientRateLimiting();
        builder
            .Services.AddReverseProxy()
            .LoadFromConfig(builder.Configuration.GetSection("ReverseProxy"))
            .AddUserIdForwarding();
        return builder;
    }

    /// <summary>The proxy's own pipeline, as YARP's default one plus the per-route body limits first.</summary>
    public static WebApplication MapGateway(this WebApplication app)
    {
        // Every page outside /api goes to the portal (its catch-all route); an /api path that no service route takes
        // is answered here, so an integration gets a clear 404 instead of the portal's HTML or a 502.
        app.Map("/api/{**rest}", (string? rest) =>
            Results.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "ไม่พบ API นี้ / No such API",
                detail: $"ไม่มีบริการใดรับเส้นทาง /api/{rest} (ดูรายการที่ /docs) / No service serves /api/{rest}; see /docs."
            )
        );
        app.MapReverseProxy(proxy =>
        {
            proxy.UseBodySizeLimits();
            proxy.UseSessionAffinity();
            proxy.UseLoadBalancing();
            proxy.UsePassiveHealthChecks();
        });
        return app;
    }
}
