using System.Diagnostics;
using System.Text.Encodings.Web;
using System.Text.Json.Serialization;
using System.Text.Unicode;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;

namespace Ita.Micro.ServiceDefaults;

/// <summary>What every Ita.Micro web app sets up the same way: telemetry, health, problem details, authentication.</summary>
public static class ServiceDefaultsExtensions
{
    /// <param name="serviceName">The kebab-case runtime name (score-ingestion, analysis, …).</param>
    public static IHostApplicationBuilder AddServiceDefaults(this IHostApplicationBuilder builder, string serviceName)
    {
        builder.AddSecretFiles();
        // Kubernetes kills a pod 30 s after SIGTERM (terminationGracePeriodSeconds in k8s/): the host stops waiting
        // for its services before then (the default is those same 30 s), so the process ends on its own terms.
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = TimeSpan.FromSeconds(25));
        var identity = new ServiceIdentity(serviceName);
        builder.Services.AddSingleton(identity);
        builder.Services.AddSingleton(new ActivitySource(serviceName));
        builder.AddTelemetry(identity);
        builder.Services.AddProblemDetails();
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            // Thai stays readable in API responses; HTML-sensitive characters are still escaped.
            json.SerializerOptions.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
            // Enum fields by name only ("TwelveMonths"): a number such as 6 would be taken for a value no one meant.
            json.SerializerOptions.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        });
        builder.Services.AddHealthChecks().AddCheck("self", () => HealthCheckResult.Healthy(), ["live"]);
        builder.AddTokenAuthentication();
        return builder;
    }

    /// <summary>The identity given to <see cref="AddServiceDefaults"/>.</summary>
    public static ServiceIdentity GetServiceIdentity(this IHostApplicationBuilder builder) =>
        builder.Services.LastOrDefault(d => d.ServiceType == typeof(ServiceIdentity))?.ImplementationInstance
            as ServiceIdentity
        ?? throw new InvalidOperationException("Call AddServiceDefaults first.");

    /// <summary>
    /// /alive answers while the process runs; /health also checks the database and the bus. Both exist in every
    /// environment, need no token (probes have none), and the gateway does not route them. Every other endpoint
    /// needs a valid token (<see cref="SecurityExtensions.AddTokenAuthentication"/>).
    /// </summary>
    /// <param name="afterAuthentication">Middleware that needs the caller but must run before authorization refuses
    /// anyone (the gateway's rate limiter, which counts refused callers too).</param>
    public static WebApplication MapDefaultEndpoints(
        this WebApplication app,
        Action<WebApplication>? afterAuthentication = null
    )
    {
        app.UseExceptionHandler();
        app.UseStatusCodePages();
        app.UseAuthentication();
        afterAuthentication?.Invoke(app);
        app.UseAuthorization();
        app.MapHealthChecks("/alive", new HealthCheckOptions { Predicate = check => check.Tags.Contains("live") })
            .AllowAnonymous();
        app.MapHealthChecks(
                "/health",
                new HealthCheckOptions
                {
                    // Readiness: degraded (a bus reconnecting, an endpoint down) is not ready, so an orchestrator can act.
                    ResultStatusCodes =
                    {
                        [HealthStatus.Healthy] = StatusCodes.Status200OK,
                        [HealthStatus.Degraded] = StatusCodes.Status503ServiceUnavailable,
                        [HealthStatus.Unhealthy] = StatusCodes.Status503ServiceUnavailable,
                    },
                    ResponseWriter = HealthReportWriter.WriteAsync,
                }
            )
            .AllowAnonymous();
        foreach (var endpoints in app.Services.GetServices<DefaultEndpoints>())
            endpoints.Map(app);
        return app;
    }
}
