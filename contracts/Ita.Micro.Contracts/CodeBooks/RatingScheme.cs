namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// The bands of a year's rating, best first. The first band whose conditions hold gives the rating.
/// </summary>
public sealed record RatingScheme
{
    /// <summary>"AA-F" (2562–2565) or "pass" (from 2566).</summary>
    public required string Name { get; init; }
    public required IReadOnlyList<RatingBand> Bands { get; init; }

    /// <summary>
    /// The rating of a total and its tool scores. A band that asks for every tool to reach a score is skipped
    /// when a tool score is unknown, because the condition cannot be shown to hold.
    /// </summary>
    public string Rate(decimal total, IReadOnlyDictionary<string, decimal> toolScores, IEnumerable<string> tools)
    {
        foreach (var band in Bands)
        {
            if (total < band.MinTotal) continue;
            if (band.MinEachTool is { } min &&
                !tools.All(t => toolScores.TryGetValue(t, out var score) && score >= min)) continue;
            return band.Label;
        }
        return Bands[^1].Label;
    }
}
