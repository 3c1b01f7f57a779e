using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenTelemetry;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// Traces, metrics and logs through OpenTelemetry's hosting package, exported over OTLP when
/// OTEL_EXPORTER_OTLP_ENDPOINT is set (protocol, headers and intervals from the standard OTEL_* variables).
/// W3C trace context crosses HTTP (ASP.NET Core, HttpClient, YARP) and the broker (MassTransit) with the spans.
/// </summary>
public static class TelemetryExtensions
{
    /// <summary>Spans of the libraries that do not come with an instrumentation package of their own.</summary>
    public static readonly string[] LibrarySources = ["MassTransit", "Yarp.ReverseProxy"];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, ServiceIdentity identity)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? identity.Name;
        var telemetry = builder
            .Services.AddOpenTelemetry()
            .ConfigureResource(resource => resource.AddService(serviceName))
            .WithTracing(tracing =>
                tracing
                    .AddAspNetCoreInstrumentation(aspNetCore =>
                        aspNetCore.Filter = context => !IsProbe(context.Request.Path)
                    )
                    .AddHttpClientInstrumentation()
                    .AddSource(LibrarySources)
                    .AddSource(identity.Name, OutboxTelemetry.SourceName)
            )
            .WithMetrics(metrics =>
                metrics
                    // Microsoft.AspNetCore.Hosting, .Server.Kestrel, .Routing, .Diagnostics, .RateLimiting, …
                    .AddAspNetCoreInstrumentation()
                    // System.Net.Http, System.Net.NameResolution
                    .AddHttpClientInstrumentation()
                    .AddMeter("MassTransit", ItaMetrics.MeterName)
            )
            .WithLogging(
                _ => { },
                logging =>
                {
                    logging.IncludeScopes = true;
                    logging.IncludeFormattedMessage = true;
                }
            );
        if (!string.IsNullOrWhiteSpace(builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"]))
            telemetry.UseOtlpExporter();
        return builder;
    }

    /// <summary>Kubernetes probes every few seconds: their spans would bury the requests that matter.</summary>
    private static bool IsProbe(PathString path) =>
        path.StartsWithSegments("/alive") || path.StartsWithSegments("/health");
}
