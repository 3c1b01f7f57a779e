using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ita.Micro.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Ita.Micro.ServiceDefaults;

/// <summary>What every Ita.Micro web app sets up the same way: telemetry, health, problem details.</summary>
public static class ServiceDefaultsExtensions
{
    /// <param name="serviceName">The kebab-case runtime name (score-ingestion, analysis, …).</param>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        var identity = new ServiceIdentity(serviceName);
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton(new ActivitySource(serviceName));
        builder.AddTelemetry(identity);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Thai stays readable in API responses; HTML-sensitive characters are still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter());
        });
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        return builder;
    }

    /// <summary>The identity given to <see cref="AddServiceDefaults"/>.</summary>
    public static ServiceIdentity GetServiceIdentity(this IHostApplicationBuilder builder) =>
        builder.Services.LastOrDefault(d => d.ServiceType == typeof(ServiceIdentity))?.ImplementationInstance as ServiceIdentity
        ?? throw new InvalidOperationException("Call AddServiceDefaults first.");

    /// <summary>
    /// /alive answers while the process runs; /health also checks the database and the bus. Both exist in every
    /// environment; the gateway does not route them.
    /// </summary>
    public static WebApplication MapDefaultEndpoints(this WebApplication app)
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") });
        app.MapHealthChecks("/health");
        return app;
    }
}
