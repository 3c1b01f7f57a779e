using System.Reflection;
using System.Text.Json.Nodes;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Ita.Micro.ServiceDefaults.OpenApi;

/// <summary>
/// Gives every operation what an integration needs and ASP.NET Core cannot infer: an operation id, Thai and English
/// summaries, the roles that may call it, its bearer requirement, the problem-details answers it can give, and
/// (for handlers that read their own body or answer with IResult) its request and response schemas.
/// </summary>
public sealed class ItaOperationTransformer(ApiCatalogue catalogue) : IOpenApiOperationTransformer
{
    public const string SecurityScheme = "Bearer";

    public async Task TransformAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        CancellationToken cancellationToken
    )
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var id = OperationId(metadata);
        if (id is not null)
            operation.OperationId = id;
        var described = id is null ? null : catalogue.GetValueOrDefault(id);
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        var roles = anonymous ? [] : described?.Roles ?? RolesOf(metadata);

        if (described is not null)
        {
            operation.Summary = $"{described.Thai} / {described.English}";
            operation.Description =
                $"{described.Thai}\n\n{described.English}"
                + (anonymous ? "" : $"\n\nบทบาทที่เรียกได้ / Roles: {string.Join(", ", roles)}");
            await DescribeBodiesAsync(operation, context, described, cancellationToken);
        }

        operation.Responses ??= new OpenApiResponses();
        if (!anonymous)
        {
            operation.Extensions ??= new Dictionary<string, IOpenApiExtension>();
            operation.Extensions["x-ita-roles"] = new JsonNodeExtension(
                new JsonArray([.. roles.Select(r => JsonValue.Create(r))])
            );
            operation.Security =
            [
                new OpenApiSecurityRequirement
                {
                    [new OpenApiSecuritySchemeReference(SecurityScheme, context.Document)] = [],
                },
            ];
            await AddProblemAsync(
                operation,
                context,
                "401",
                "ไม่มีโทเค็นหรือโทเค็นไม่ถูกต้อง / No valid bearer token.",
                cancellationToken
            );
            await AddProblemAsync(
                operation,
                context,
                "403",
                "บทบาทนี้เรียกไม่ได้ / The token's role may not call this operation.",
                cancellationToken
            );
        }
        if (context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Path"))
            await AddProblemAsync(
                operation,
                context,
                "404",
                "ไม่พบ หรืออยู่นอกขอบเขตของผู้เรียก / Not found, or outside the caller's reach.",
                cancellationToken
            );
        if (
            operation.RequestBody is not null
            || context.Description.ParameterDescriptions.Any(p => p.Source.Id == "Query")
        )
            await AddProblemAsync(
                operation,
                context,
                "400",
                "คำขอไม่ถูกต้อง ระบุฟิลด์และรูปแบบที่ต้องการ / The request is not valid: each field with the form expected.",
                cancellationToken,
                validation: true
            );
    }

    /// <summary><c>{Tag}_{HandlerMethod}</c>: stable as long as the handler keeps its name.</summary>
    public static string? OperationId(IList<object> metadata)
    {
        var method = metadata.OfType<MethodInfo>().FirstOrDefault();
        if (method is null || method.Name.Contains('<'))
            return null;
        var tag = metadata.OfType<ITagsMetadata>().SelectMany(t => t.Tags).FirstOrDefault()
            ?? method.DeclaringType?.Name
            ?? "Api";
        // "Follow-up" → "FollowUp": each word of the tag capitalised, separators dropped.
        var words = tag.Split(['-', '_', ' ', '.', '/'], StringSplitOptions.RemoveEmptyEntries);
        return string.Concat(words.Select(w => char.ToUpperInvariant(w[0]) + w[1..])) + "_" + method.Name;
    }

    /// <summary>The roles the endpoint's policy admits; without a policy, the fallback: every person role.</summary>
    private static string[] RolesOf(IList<object> metadata)
    {
        var policies = metadata.OfType<IAuthorizeData>().Select(a => a.Policy).OfType<string>().ToList();
        if (policies.Contains(ItaPolicies.NationalAdmin))
            return [ItaRoles.NationalAdmin];
        if (policies.Contains(ItaPolicies.Imports))
            return [ItaRoles.Integration, ItaRoles.NationalAdmin];
        return [.. ItaRoles.People];
    }

    private static async Task DescribeBodiesAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        ApiOperation described,
        CancellationToken cancellationToken
    )
    {
        if (described.Request is { } request && operation.RequestBody is null)
        {
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = await context.GetOrCreateSchemaAsync(request, null, cancellationToken),
                    },
                },
            };
        }
        if (described.RequestExample is { } requestExample && operation.RequestBody?.Content is { } requestContent)
            foreach (var media in requestContent.Values.Where(m => m.Schema is not null))
                media.Example = JsonNode.Parse(requestExample);

        operation.Responses ??= new OpenApiResponses();
        var status = described.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (
            described.Response is { } response
            && (!operation.Responses.TryGetValue(status, out var existing) || existing.Content is not { Count: > 0 })
        )
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = existing?.Description ?? "OK",
                Content = new Dictionary<string, OpenApiMediaType>
                {
                    ["application/json"] = new()
                    {
                        Schema = await context.GetOrCreateSchemaAsync(response, null, cancellationToken),
                    },
                },
            };
        }
        if (described.Status == StatusCodes.Status204NoContent && !operation.Responses.ContainsKey(status))
            operation.Responses[status] = new OpenApiResponse { Description = "No Content" };
        // A handler answering IResult gets an empty 200 from ASP.NET Core: it says nothing once the real status is known.
        if (
            status != "200"
            && operation.Responses.TryGetValue("200", out var empty)
            && empty.Content is not { Count: > 0 }
        )
            operation.Responses.Remove("200");
        if (described.Files is { } files)
        {
            operation.Responses[status] = new OpenApiResponse
            {
                Description = "OK",
                Content = files.ToDictionary(
                    type => type,
                    type => new OpenApiMediaType
                    {
                        Schema = new OpenApiSchema
                        {
                            Type = JsonSchemaType.String,
                            Format = type.StartsWith("text/", StringComparison.Ordinal) ? null : "binary",
                        },
                    }
                ),
            };
        }
        if (
            described.ResponseExample is { } responseExample
            && operation.Responses.TryGetValue(status, out var success)
            && success.Content is { } responseContent
        )
            foreach (var media in responseContent.Values.Where(m => m.Schema is not null))
                media.Example = JsonNode.Parse(responseExample);
    }

    private static async Task AddProblemAsync(
        OpenApiOperation operation,
        OpenApiOperationTransformerContext context,
        string status,
        string description,
        CancellationToken cancellationToken,
        bool validation = false
    )
    {
        if (operation.Responses!.ContainsKey(status))
            return;
        var type = validation ? typeof(HttpValidationProblemDetails) : typeof(ProblemDetails);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new()
                {
                    Schema = await context.GetOrCreateSchemaAsync(type, null, cancellationToken),
                },
            },
        };
    }
}
