using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenTelemetry;
using OpenTelemetry.Logs;
using OpenTelemetry.Metrics;
using OpenTelemetry.Resources;
using OpenTelemetry.Trace;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>
/// OpenTelemetry built by hand: the hosting and instrumentation packages are not on the package mirror.
/// ASP.NET Core, HttpClient, MassTransit and YARP all emit activities of their own; listening to their sources
/// is enough to get spans, and W3C trace context crosses HTTP and the broker with them.
/// </summary>
public static class TelemetryExtensions
{
    public static readonly string[] Sources = ["Microsoft.AspNetCore", "System.Net.Http", "MassTransit", "Yarp.ReverseProxy"];

    public static IHostApplicationBuilder AddTelemetry(this IHostApplicationBuilder builder, ServiceIdentity identity)
    {
        var serviceName = builder.Configuration["OTEL_SERVICE_NAME"] ?? identity.Name;
        var otlpEndpoint = builder.Configuration["OTEL_EXPORTER_OTLP_ENDPOINT"];
        var resource = ResourceBuilder.CreateDefault().AddService(serviceName);

        builder.Services.AddSingleton(_ =>
        {
            var tracing = Sdk.CreateTracerProviderBuilder()
                .SetResourceBuilder(resource)
                .AddSource(Sources)
                .AddSource(identity.Name, OutboxTelemetry.SourceName);
            if (!string.IsNullOrWhiteSpace(otlpEndpoint)) tracing.AddOtlpExporter();
            return new TelemetryProviders(
                tracing.Build(),
                Sdk.CreateMeterProviderBuilder().SetResourceBuilder(resource).AddMeter(Sources).AddMeter(identity.Name)
                    .Build());
        });
        // Resolving the providers at start-up starts the listeners; disposing the host flushes and stops them.
        builder.Services.AddHostedService<TelemetryActivation>();

        if (!string.IsNullOrWhiteSpace(otlpEndpoint))
        {
            builder.Logging.AddOpenTelemetry(logging =>
            {
                logging.SetResourceBuilder(resource);
                logging.IncludeScopes = true;
                logging.AddOtlpExporter();
            });
        }
        return builder;
    }
}
