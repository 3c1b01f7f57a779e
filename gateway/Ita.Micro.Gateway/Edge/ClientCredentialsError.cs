using System.Text.Json.Serialization;

namespace Ita.Micro.Gateway.Edge;

/// <summary>An error response of RFC 6749 §5.2.</summary>
public sealed record ClientCredentialsError(
    [property: JsonPropertyName("error")] string Error,
    [property: JsonPropertyName("error_description")] string Description
);
