namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// Fills in what a year's code book allows from what was given: indicators from their items, tools from their
/// indicators, the total from the tools with the year's weights. Published values are kept; where one can also be
/// computed and the two differ by more than 0.01, a warning says so (published sheets carry rounding differences,
/// so this never rejects).
/// </summary>
public static class ScoreCalculator
{
    public const decimal Tolerance = 0.01m;

    public static ScoreCompletion Complete(AssessmentScores given, CodeBook book)
    {
        var warnings = new List<string>();

        var indicators = book
            .Indicators.Select(definition =>
            {
                var published = given.Indicators.FirstOrDefault(i => i.Indicator == definition.Number)?.Score;
                var computed = FromItems(definition.Number, given.Items, book);
                Compare(
                    $"ตัวชี้วัดที่ {definition.Number} / indicator {definition.Number}",
                    published,
                    computed,
                    warnings
                );
                return (published ?? computed) is { } score
                    ? new IndicatorScore { Indicator = definition.Number, Score = score }
                    : null;
            })
            .OfType<IndicatorScore>()
            .ToList();

        var tools = book
            .Tools.Select(tool =>
            {
                var published = given
                    .Tools.FirstOrDefault(t => string.Equals(t.Tool, tool.Code, StringComparison.OrdinalIgnoreCase))
                    ?.Score;
                var ofTool = book.Indicators.Where(i => i.Tool == tool.Code).ToList();
                var scores = ofTool
                    .Select(d => indicators.FirstOrDefault(i => i.Indicator == d.Number)?.Score)
                    .ToList();
                decimal? computed =
                    ofTool.Count > 0 && scores.All(s => s is not null) ? Round(scores.Average(s => s!.Value)) : null;
                Compare(tool.Code, published, computed, warnings);
                return (published ?? computed) is { } score ? new ToolScore { Tool = tool.Code, Score = score } : null;
            })
            .OfType<ToolScore>()
            .ToList();

        decimal? computedTotal =
            tools.Count == book.Tools.Count
                ? Round(book.Tools.Sum(t => t.Weight * tools.Single(s => s.Tool == t.Code).Score))
                : null;
        Compare("คะแนนรวม / total", given.Total, computedTotal, warnings);

        var completed = given with { Total = given.Total ?? computedTotal, Tools = tools, Indicators = indicators };
        return new ScoreCompletion(completed, warnings);
    }

    /// <summary>An indicator's score as the mean of its items (OIT: of its sub-indicators' means), when every item is given.</summary>
    private static decimal? FromItems(int indicator, IReadOnlyList<ItemScore> items, CodeBook book)
    {
        var definitions = book.Items.Where(i => i.Indicator == indicator).ToList();
        if (definitions.Count == 0 || items.Count == 0)
            return null;
        var scores = definitions
            .Select(d =>
                (
                    d.SubIndicator,
                    Score: items
                        .FirstOrDefault(i => string.Equals(i.Code, d.Code, StringComparison.OrdinalIgnoreCase))
                        ?.Score
                )
            )
            .ToList();
        if (scores.Any(s => s.Score is null))
            return null;
        var groups = scores.GroupBy(s => s.SubIndicator ?? "").Select(g => g.Average(s => s.Score!.Value)).ToList();
        return Round(groups.Average());
    }

    private static void Compare(string what, decimal? published, decimal? computed, List<string> warnings)
    {
        if (published is { } p && computed is { } c && Math.Abs(p - c) > Tolerance)
            warnings.Add(
                $"{what}: ค่าที่เผยแพร่ {p:0.00} ต่างจากค่าที่คำนวณได้ {c:0.00} / published {p:0.00}, computed {c:0.00}"
            );
    }

    private static decimal Round(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero);
}
