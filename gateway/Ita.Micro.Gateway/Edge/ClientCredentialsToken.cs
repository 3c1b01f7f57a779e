using System.Text.Json.Serialization;

namespace Ita.Micro.Gateway.Edge;

/// <summary>A token response of RFC 6749 §5.1.</summary>
public sealed record ClientCredentialsToken(
    [property: JsonPropertyName("access_token")] string AccessToken,
    [property: JsonPropertyName("token_type")] string TokenType,
    [property: JsonPropertyName("expires_in")] int ExpiresIn
);
