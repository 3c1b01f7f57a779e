using System.Globalization;
using Ita.Micro.Portal.Apis;
using Ita.Micro.Portal.Components;
using Ita.Micro.Portal.Gateway;
using Ita.Micro.Portal.Session;
using Ita.Micro.ServiceDefaults;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.ServiceDefaults.Telemetry;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using MudBlazor.Services;

namespace Ita.Micro.Portal.Extensions;

public static class PortalExtensions
{
    public static readonly CultureInfo[] Cultures = [new("th"), new("en")];

    public static WebApplicationBuilder AddPortal(this WebApplicationBuilder builder)
    {
        // Mounted secret files (Authentication__ClientSecret in compose and k8s), read before anything binds its options;
        // then traces, metrics and logs as every service sends them, so a page's trace continues through the gateway.
        builder.AddSecretFiles();
        builder.AddTelemetry(new ServiceIdentity("portal"));
        builder
            .Services.AddOptions<PortalOptions>()
            .BindConfiguration(PortalOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddHealthChecks();
        // Thai is written as Thai in the pages, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
                System.Text.Unicode.UnicodeRanges.All
            )
        );
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.Configure<RequestLocalizationOptions>(options =>
        {
            options.DefaultRequestCulture = new RequestCulture("th");
            options.SupportedCultures = options.SupportedUICultures = Cultures;
            // The user's choice (the language switch) only; Thai otherwise, whatever the browser asks for.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        builder.Services.Configure<ForwardedHeadersOptions>(options =>
        {
            // The portal is reached only through the gateway, which names the host and scheme the user sees.
            options.ForwardedHeaders =
                ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });

        builder.AddSessionKeys();
        builder.AddPortalSignIn();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SessionUser>();
        builder.Services.AddScoped<OrganisationData>();
        builder.Services.AddScoped<OversightData>();
        builder.Services.AddScoped<EvidenceData>();
        builder.Services.AddScoped<CalendarData>();
        builder.Services.AddScoped<OrganisationTable>();
        builder.Services.AddScoped<ImportData>();
        builder.Services.AddScoped<CodeBookData>();
        builder.Services.AddScoped<CatalogueData>();
        builder.Services.AddScoped<DocumentRequests>();
        builder.Services.AddScoped<DraftStore>();
        builder.Services.AddHttpClient<GatewayClient>(
            (services, http) =>
            {
                var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
                http.BaseAddress = options.GatewayUrl;
                http.Timeout = options.ApiTimeout;
            }
        );
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    /// <summary>
    /// The session cookie is encrypted with ASP.NET's data-protection keys: every replica must read the same key
    /// ring (Portal:KeysDirectory), or a user signed in through one replica is a stranger to the next.
    /// </summary>
    private static void AddSessionKeys(this WebApplicationBuilder builder)
    {
        var protection = builder.Services.AddDataProtection().SetApplicationName("ita-portal");
        var folder = builder.Configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.KeysDirectory)}"];
        if (!string.IsNullOrWhiteSpace(folder))
            protection.PersistKeysToFileSystem(Directory.CreateDirectory(Path.GetFullPath(folder)));
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<IOptions<PortalOptions>>().Value.KeysDirectory;
        if (string.IsNullOrWhiteSpace(keys))
            app.Logger.LogWarning(
                "Portal:KeysDirectory is not set: sessions end when this process stops and cannot be shared by replicas"
            );
        else
            app.Logger.LogInformation("Session keys are kept in {KeysDirectory}", Path.GetFullPath(keys));
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseContentSecurityPolicy();
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapHealthChecks("/alive").AllowAnonymous();
        app.MapAccountApi();
        app.MapDocumentContentApi();
        app.MapOrganisationExportApi();
        app.MapImportProblemsApi();
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode();
        return app;
    }

    /// <summary>
    /// What the pages may load: only the portal's own scripts, styles and fonts (MudBlazor's inline styles aside),
    /// documents framed from the portal itself, forms posted to it; the circuit's WebSocket to the same host.
    /// </summary>
    private static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) =>
        app.Use(
            async (context, next) =>
            {
                context.Response.OnStarting(() =>
                {
                    context.Response.Headers.ContentSecurityPolicy =
                        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
                        + "font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'self'; frame-ancestors 'self'; "
                        + "base-uri 'self'; form-action 'self'";
                    return Task.CompletedTask;
                });
                await next(context);
            }
        );
}
