using System.Text.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;
using Xunit;

namespace Ita.Micro.Testing;

/// <summary>
/// A service's OpenAPI document against the endpoints it really maps: a valid OpenAPI 3.1 document in which every
/// endpoint appears with an operation id, a summary and a success response with a schema (or 204).
/// </summary>
public static class OpenApiAssert
{
    public static async Task DescribesEveryEndpointAsync(IServiceProvider services, HttpClient anonymous)
    {
        using var response = await anonymous.GetAsync("/openapi/v1.json");
        Assert.True(
            response.IsSuccessStatusCode,
            $"/openapi/v1.json answered {(int)response.StatusCode} without a token"
        );
        var json = await response.Content.ReadAsStringAsync();

        var read = OpenApiDocument.Parse(json, "json");
        Assert.NotNull(read.Document);
        Assert.True(
            read.Diagnostic is null || read.Diagnostic.Errors.Count == 0,
            "not a valid OpenAPI document: "
                + string.Join("; ", read.Diagnostic?.Errors.Select(e => $"{e.Pointer}: {e.Message}") ?? [])
        );
        Assert.Equal(OpenApiSpecVersion.OpenApi3_1, read.Diagnostic!.SpecificationVersion);
        var errors = read.Document!.Validate(ValidationRuleSet.GetDefaultRuleSet())?.ToList() ?? [];
        Assert.True(
            errors.Count == 0,
            "OpenAPI validation: " + string.Join("; ", errors.Select(e => $"{e.Pointer}: {e.Message}"))
        );

        using var document = JsonDocument.Parse(json);
        var paths = document
            .RootElement.GetProperty("paths")
            .EnumerateObject()
            .ToDictionary(p => Normalise(p.Name), p => p.Value, StringComparer.OrdinalIgnoreCase);
        var operationIds = new List<string>();
        var problems = new List<string>();
        foreach (var endpoint in services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>())
        {
            if (endpoint.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>()?.ExcludeFromDescription == true)
                continue;
            if (endpoint.Metadata.GetMetadata<IHttpMethodMetadata>() is not { } methods)
                continue;
            var path = Normalise(endpoint.RoutePattern.RawText ?? "");
            foreach (var method in methods.HttpMethods)
            {
                var where = $"{method} {path}";
                if (
                    !paths.TryGetValue(path, out var item)
                    || !item.TryGetProperty(method.ToLowerInvariant(), out var operation)
                )
                {
                    problems.Add($"{where}: not in the document");
                    continue;
                }
                if (
                    !operation.TryGetProperty("operationId", out var id)
                    || id.GetString() is not { Length: > 0 } operationId
                )
                    problems.Add($"{where}: no operationId");
                else
                    operationIds.Add(operationId);
                if (
                    !operation.TryGetProperty("summary", out var summary)
                    || string.IsNullOrWhiteSpace(summary.GetString())
                )
                    problems.Add($"{where}: no summary (add it to the service's Apis/ApiDescriptions.cs)");
                var successes = operation
                    .GetProperty("responses")
                    .EnumerateObject()
                    .Where(r => r.Name.StartsWith('2'))
                    .ToList();
                if (
                    !successes.Any(r =>
                        r.Name == "204"
                        || (
                            r.Value.TryGetProperty("content", out var content)
                            && content.EnumerateObject().Any(media => media.Value.TryGetProperty("schema", out _))
                        )
                    )
                )
                    problems.Add($"{where}: no success response with a schema");
            }
        }
        foreach (var repeated in operationIds.GroupBy(i => i).Where(g => g.Count() > 1))
            problems.Add($"operationId {repeated.Key} is used {repeated.Count()} times");
        Assert.True(problems.Count == 0, string.Join("\n", problems));
        Assert.NotEmpty(operationIds);
    }

    /// <summary>"/api/x/{id:guid}/" and "/api/x/{id}" alike: no constraints, no trailing slash.</summary>
    private static string Normalise(string route)
    {
        var path = System.Text.RegularExpressions.Regex.Replace(route, @"\{([^}:=?]+)[^}]*\}", "{$1}");
        path = path.TrimEnd('/');
        return path.StartsWith('/') ? path : "/" + path;
    }
}
