using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.OpenApi;

namespace Ita.Micro.ServiceDefaults.OpenApi;

public static class OpenApiExtensions
{
    public const string DocumentPath = "/openapi/{documentName}.json";

    /// <summary>The service's OpenAPI 3.1 document "v1", described by <paramref name="catalogue"/>.</summary>
    public static IHostApplicationBuilder AddApiDocument(this IHostApplicationBuilder builder, ApiCatalogue catalogue)
    {
        builder.Services.AddSingleton(catalogue);
        builder.Services.AddOpenApi("v1", options =>
        {
            options.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            options.AddDocumentTransformer<ItaDocumentTransformer>();
            options.AddOperationTransformer<ItaOperationTransformer>();
        });
        return builder;
    }

    /// <summary>/openapi/v1.json, without a token: the gateway serves it at /openapi/{service}.json.</summary>
    public static IEndpointRouteBuilder MapApiDocument(this IEndpointRouteBuilder app)
    {
        app.MapOpenApi(DocumentPath).AllowAnonymous();
        return app;
    }
}
