namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// What <see cref="SecurityData"/> loaded: the import, and each organisation's FY 2569 plan, one of its measures and
/// its rendered FY 2568 analysis document, by organisation code.
/// </summary>
public sealed record SecuritySeed(
    string Import,
    IReadOnlyDictionary<string, string> Plans,
    IReadOnlyDictionary<string, string> Measures,
    IReadOnlyDictionary<string, string> Documents
)
{
    /// <summary>
    /// A matrix path with its placeholders filled: {own}, {neighbour}, {far}, {import}, and {plan:CODE},
    /// {measure:CODE}, {document:CODE} for an organisation's plan, measure and document.
    /// </summary>
    public string Resolve(string path)
    {
        path = path.Replace("{own}", SecurityData.Own, StringComparison.Ordinal)
            .Replace("{neighbour}", SecurityData.Neighbour, StringComparison.Ordinal)
            .Replace("{far}", SecurityData.Far, StringComparison.Ordinal)
            .Replace("{import}", Import, StringComparison.Ordinal);
        foreach (var (code, id) in Plans)
            path = path.Replace($"{{plan:{code}}}", id, StringComparison.Ordinal);
        foreach (var (code, id) in Measures)
            path = path.Replace($"{{measure:{code}}}", id, StringComparison.Ordinal);
        foreach (var (code, id) in Documents)
            path = path.Replace($"{{document:{code}}}", id, StringComparison.Ordinal);
        return path;
    }
}
