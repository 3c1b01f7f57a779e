using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ita.Micro.ServiceDefaults.OpenApi;

/// <summary>The document's title and description (Thai first) and the bearer scheme every secured operation names.</summary>
public sealed class ItaDocumentTransformer(ApiCatalogue catalogue, ServiceIdentity identity)
    : IOpenApiDocumentTransformer
{
    public Task TransformAsync(
        OpenApiDocument document,
        OpenApiDocumentTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        document.Info = new OpenApiInfo
        {
            Title = $"Ita.Micro {identity.Name}: {catalogue.Title}",
            Version = "v1",
            Description =
                catalogue.Description
                + "\n\nทุกคำขอต้องมีโทเค็น (JWT) ใน Authorization: Bearer จากผู้ออกโทเค็น (identity provider) / "
                + "Every request needs a bearer token (JWT) from the identity provider. "
                + "ข้อผิดพลาดตอบเป็น problem details (RFC 9457) / Errors are problem details (RFC 9457).",
        };
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ItaOperationTransformer.SecurityScheme] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description =
                "โทเค็นที่มี claim role (officer, approver, province-overseer, national-admin, integration), org, province / "
                + "A token with the claims role, org (officers, approvers) and province (overseers). "
                + "Integrations: OAuth client credentials at the identity provider's token endpoint.",
        };
        return Task.CompletedTask;
    }
}
