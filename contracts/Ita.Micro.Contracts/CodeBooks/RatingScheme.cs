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
    /// The labels the scores still allow, best first: exactly one when the scores settle the rating. A band that asks
    /// for every tool to reach a score can be neither shown to hold nor ruled out while a tool score is unknown, so it
    /// stays possible and the search goes on to the bands below it (2568, total 97.90, no tool scores: ผ่านดีเยี่ยม,
    /// ผ่านดี, ผ่าน).
    /// </summary>
    public IReadOnlyList<string> Possible(
        decimal total,
        IReadOnlyDictionary<string, decimal> toolScores,
        IEnumerable<string> tools
    )
    {
        var codes = tools.ToList();
        var possible = new List<string>();
        foreach (var band in Bands)
        {
            if (total < band.MinTotal)
                continue;
            if (band.MinEachTool is { } min)
            {
                var known = codes
                    .Select(t => toolScores.TryGetValue(t, out var score) ? score : (decimal?)null)
                    .ToList();
                if (known.Any(s => s < min))
                    continue;
                if (known.Any(s => s is null))
                {
                    possible.Add(band.Label);
                    continue;
                }
            }
            possible.Add(band.Label);
            return possible;
        }
        if (possible.Count == 0)
            possible.Add(Bands[^1].Label);
        return possible;
    }

    /// <summary>The rating the scores settle, or null when a missing tool score leaves more than one label possible.</summary>
    public string? Rate(decimal total, IReadOnlyDictionary<string, decimal> toolScores, IEnumerable<string> tools) =>
        Possible(total, toolScores, tools) is [var only] ? only : null;

    /// <summary>
    /// The scheme's own spelling of a label given with an import ("aa" is "AA"; spaces around it and inside a Thai label
    /// do not count), or null when the scheme has no such label.
    /// </summary>
    public string? Find(string label)
    {
        var wanted = Squeeze(label);
        return Bands
            .Select(b => b.Label)
            .FirstOrDefault(l => string.Equals(Squeeze(l), wanted, StringComparison.OrdinalIgnoreCase));
    }

    private static string Squeeze(string text) =>
        string.Concat(text.Normalize(System.Text.NormalizationForm.FormC).Where(c => !char.IsWhiteSpace(c)))
            .Replace("\u0E4D\u0E32", "\u0E33", StringComparison.Ordinal);
}
