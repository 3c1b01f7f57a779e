using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Http;

/// <summary>
/// Reads a JSON request body so that a malformed one becomes a 400 problem-details response naming the field,
/// instead of the framework's bare 400.
/// </summary>
public static class BodyReader
{
    public static Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(
        HttpRequest request,
        CancellationToken cancellationToken
    )
        where T : class
    {
        if (!request.HasJsonContentType())
            return Task.FromResult<(T?, IResult?)>(
                (
                    null,
                    Problem("body", "ต้องส่งข้อมูลเป็น JSON (Content-Type: application/json) / The body must be JSON.")
                )
            );
        return ReadJsonAsync<T>(request.Body, request.HttpContext.RequestServices, cancellationToken);
    }

    /// <summary>The same, for a body already read (e.g. to keep its bytes).</summary>
    public static async Task<(T? Value, IResult? Problem)> ReadJsonAsync<T>(
        Stream body,
        IServiceProvider services,
        CancellationToken cancellationToken
    )
        where T : class
    {
        try
        {
            var options = services.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
            var value = await JsonSerializer.DeserializeAsync<T>(body, options, cancellationToken);
            return value is null ? (null, Problem("body", "ไม่มีข้อมูลในคำขอ / The body is empty.")) : (value, null);
        }
        catch (JsonException ex)
        {
            var field = string.IsNullOrEmpty(ex.Path) || ex.Path == "$" ? "body" : ex.Path.TrimStart('$', '.');
            // The reader's own message names .NET types: the caller hears the field and the form it takes instead.
            return (
                null,
                JsonFieldForm.Of(typeof(T), field) is var (thai, english)
                    ? Problem(field, $"ค่าของ {field} ไม่ถูกต้อง ต้องเป็น{thai} ({field}) / {field} must be {english}.")
                    : Problem(field, $"ข้อมูล JSON ไม่ถูกต้องที่ {field} ({field}) / Malformed JSON at {field}.")
            );
        }
    }

    public static IResult Problem(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "คำขอไม่ถูกต้อง / The request is not valid."
        );
}
