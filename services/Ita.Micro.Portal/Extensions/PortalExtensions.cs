using System.Globalization;
using Ita.Micro.Portal.Apis;
using Ita.Micro.Portal.Components;
using Ita.Micro.Portal.Gateway;
using Ita.Micro.Portal.Session;
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
        // Mounted secret files (Authentication__ClientSecret in compose and k8s), one file per setting named like the
        // environment variable, from the folder Secrets__Directory names; read before anything binds its options.
        var secrets = builder.Configuration["Secrets:Directory"];
        if (!string.IsNullOrWhiteSpace(secrets)) builder.Configuration.AddKeyPerFile(Path.GetFullPath(secrets), optional: false);
        builder.Services.AddOptions<PortalOptions>().BindConfiguration(PortalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddHealthChecks();
        // Thai is written as Thai in the pages, not as numeric character references.
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(options =>
            options.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
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
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            options.KnownIPNetworks.Clear();
            options.KnownProxies.Clear();
        });

        builder.AddPortalSignIn();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddScoped<SessionUser>();
        builder.Services.AddScoped<OrganisationData>();
        builder.Services.AddScoped<OversightData>();
        builder.Services.AddScoped<OrganisationTable>();
        builder.Services.AddScoped<ImportData>();
        builder.Services.AddScoped<CodeBookData>();
        builder.Services.AddScoped<CatalogueData>();
        builder.Services.AddScoped<DocumentRequests>();
        builder.Services.AddScoped<DraftStore>();
        builder.Services.AddHttpClient<GatewayClient>((services, http) =>
        {
            var options = services.GetRequiredService<IOptions<PortalOptions>>().Value;
            http.BaseAddress = options.GatewayUrl;
            http.Timeout = options.ApiTimeout;
        });
        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        return builder;
    }

    public static WebApplication MapPortal(this WebApplication app)
    {
        app.UseForwardedHeaders();
        if (!app.Environment.IsDevelopment()) app.UseExceptionHandler("/error", createScopeForErrors: true);
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
    private static IApplicationBuilder UseContentSecurityPolicy(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        context.Response.OnStarting(() =>
        {
            context.Response.Headers.ContentSecurityPolicy =
                "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
                "font-src 'self' data:; connect-src 'self'; frame-src 'self'; object-src 'self'; frame-ancestors 'self'; " +
                "base-uri 'self'; form-action 'self'";
            return Task.CompletedTask;
        });
        await next(context);
    });
}
