using System.Text.Json;

namespace Ita.Micro.Portal.Gateway;

/// <summary>A refusal as the API wrote it (RFC 7807 problem details): shown to the user as it is, in Thai / English.</summary>
public sealed record ApiProblem(
    string Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]> Errors,
    int? CurrentVersion
)
{
    public static ApiProblem Read(int status, string body)
    {
        try
        {
            using var json = JsonDocument.Parse(body);
            var root = json.RootElement;
            var errors = new Dictionary<string, string[]>();
            if (root.TryGetProperty("errors", out var list) && list.ValueKind == JsonValueKind.Object)
                foreach (var field in list.EnumerateObject())
                    errors[field.Name] =
                        field.Value.ValueKind == JsonValueKind.Array
                            ? [.. field.Value.EnumerateArray().Select(e => e.ToString())]
                            : [field.Value.ToString()];
            return new ApiProblem(
                root.TryGetProperty("title", out var title) ? title.GetString() ?? "" : $"HTTP {status}",
                root.TryGetProperty("detail", out var detail) ? detail.GetString() : null,
                errors,
                root.TryGetProperty("currentVersion", out var version) && version.TryGetInt32(out var current)
                    ? current
                    : null
            );
        }
        catch (JsonException)
        {
            return new ApiProblem(
                $"HTTP {status}",
                string.IsNullOrWhiteSpace(body) ? null : body[..Math.Min(body.Length, 300)],
                new Dictionary<string, string[]>(),
                null
            );
        }
    }

    /// <summary>Every message of the problem in one line per field, for a page to show.</summary>
    public IEnumerable<string> Messages()
    {
        if (!string.IsNullOrWhiteSpace(Detail))
            yield return Detail!;
        foreach (var (field, messages) in Errors)
        foreach (var message in messages)
            yield return message.Contains(field, StringComparison.OrdinalIgnoreCase) ? message : $"{field}: {message}";
    }
}
