using System.Text.Json.Serialization;

namespace Ita.Micro.DocumentRendering.Model;

/// <summary>One indicator's score as <see cref="OrganisationYear.IndicatorsJson"/> keeps it.</summary>
public sealed record IndicatorScoreEntry(
    [property: JsonPropertyName("n")] int Number,
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("score")] decimal Score
);
