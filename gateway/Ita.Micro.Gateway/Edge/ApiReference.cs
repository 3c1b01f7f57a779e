using Scalar.AspNetCore;

namespace Ita.Micro.Gateway.Edge;

/// <summary>
/// GET /docs — the Scalar API reference over every service's OpenAPI document, which the gateway serves at
/// /openapi/{service}.json (routes in appsettings.json). Scalar's script is the package's own copy, served from here;
/// no font or script comes from a CDN.
/// </summary>
public static class ApiReference
{
    public static readonly (string Service, string Title)[] Documents =
    [
        ("score-ingestion", "นำเข้าคะแนน / Score ingestion"),
        ("analysis", "วิเคราะห์ / Analysis"),
        ("measure-tracking", "แผนและมาตรการ / Measure tracking"),
        ("document-rendering", "เอกสาร / Documents"),
    ];

    public static WebApplication MapApiReference(this WebApplication app)
    {
        app.MapScalarApiReference("/docs", options =>
            {
                options
                    .WithTitle("Ita.Micro API")
                    .WithOpenApiRoutePattern("/openapi/{documentName}.json")
                    .DisableDefaultFonts();
                foreach (var (service, title) in Documents)
                    options.AddDocument(service, title, isDefault: service == Documents[0].Service);
            })
            .AllowAnonymous();
        return app;
    }
}
