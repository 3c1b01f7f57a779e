using System.Text.Json.Serialization;

namespace Ita.Micro.Contracts;

/// <summary>Where an official rating comes from.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<RatingSource>))]
public enum RatingSource
{
    /// <summary>Given with the import: NACC's published result, which is the official one.</summary>
    [JsonStringEnumMemberName("published")]
    Published,

    /// <summary>The year's rating scheme applied to the scores, tool conditions included.</summary>
    [JsonStringEnumMemberName("computed")]
    Computed,

    /// <summary>Nothing published, and the scheme needs scores that are missing: only the possible labels are known.</summary>
    [JsonStringEnumMemberName("undetermined")]
    Undetermined,
}
