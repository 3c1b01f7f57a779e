using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>A fingerprint of what an organisation-year says, blind to the order rows and scores were sent in.</summary>
public static class ContentHash
{
    public static string Of(SubmittedAssessment a)
    {
        var canonical = new
        {
            a.Organisation,
            a.FiscalYear,
            a.PublishedRating,
            a.Scores.Total,
            Tools = a.Scores.Tools.OrderBy(t => t.Tool, StringComparer.OrdinalIgnoreCase).Select(t => new { Tool = t.Tool.ToUpperInvariant(), t.Score }),
            Indicators = a.Scores.Indicators.OrderBy(i => i.Indicator),
            Items = a.Scores.Items.OrderBy(i => i.Code, StringComparer.OrdinalIgnoreCase),
        };
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(canonical, JsonSerializerOptions.Web)));
        return Convert.ToHexStringLower(bytes);
    }
}
