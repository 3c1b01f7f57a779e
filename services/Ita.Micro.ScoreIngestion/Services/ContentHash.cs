using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// A fingerprint of what an organisation-year's scores say, blind to the order they were sent in and to the
/// registry's names (a renamed organisation has the same scores).
/// </summary>
public static class ContentHash
{
    public static string Of(string organisationCode, int fiscalYear, string? publishedRating, AssessmentScores scores)
    {
        var canonical = new
        {
            organisationCode,
            fiscalYear,
            publishedRating,
            Total = Normalise(scores.Total),
            Tools = scores
                .Tools.OrderBy(t => t.Tool, StringComparer.OrdinalIgnoreCase)
                .Select(t => new { Tool = t.Tool.ToUpperInvariant(), Score = Normalise(t.Score) }),
            Indicators = scores
                .Indicators.OrderBy(i => i.Indicator)
                .Select(i => new { i.Indicator, Score = Normalise(i.Score) }),
            Items = scores
                .Items.OrderBy(i => i.Code, StringComparer.OrdinalIgnoreCase)
                .Select(i => new { Code = i.Code.ToUpperInvariant(), Score = Normalise(i.Score) }),
        };
        // Web options, not ContractJson: the hashes already stored must stay comparable with new ones.
        var bytes = SHA256.HashData(
            Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical, JsonSerializerOptions.Web))
        );
        return Convert.ToHexStringLower(bytes);
    }

    /// <summary>85.70 and 85.7 are the same score: decimals keep the scale they were written with, so drop it.</summary>
    private static string? Normalise(decimal? value) =>
        value?.ToString("0.############################", CultureInfo.InvariantCulture);
}
