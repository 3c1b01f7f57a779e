using System.ComponentModel.DataAnnotations;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Services;

/// <summary>
/// Turns recorded scores into the analysis under the year's code book: tool scores (given, or the mean of their
/// indicators), the total (given, or the weighted sum of the tools), the rating, pass or not, weak indicators,
/// the weakest one and the change from the previous year. Published values are kept over computed ones.
/// </summary>
public static class AssessmentAnalyser
{
    public static AssessmentAnalysed Analyse(AssessmentRecorded recorded, CodeBook book, DateTime now)
    {
        var indicators = recorded.Scores.Indicators
            .Select(i => (Score: i, Definition: book.Indicator(i.Indicator)
                ?? throw new ValidationException($"Indicator {i.Indicator} is not in the {book.FiscalYear} code book.")))
            .OrderBy(i => i.Score.Indicator)
            .Select(i => new IndicatorResult
            {
                Indicator = i.Score.Indicator,
                Name = i.Definition.Name,
                Tool = i.Definition.Tool,
                Score = i.Score.Score,
                Weak = i.Score.Score < book.PassMark,
            })
            .ToList();

        var tools = ToolScores(recorded.Scores, indicators, book);
        var total = recorded.Scores.Total ?? WeightedTotal(tools, book)
            ?? throw new ValidationException(
                $"{recorded.Organisation.Code} {recorded.FiscalYear}: neither a total nor every tool's score is known.");

        var toolMap = tools.ToDictionary(t => t.Tool, t => t.Score, StringComparer.OrdinalIgnoreCase);
        var weakest = indicators.Count == 0 ? null : indicators.MinBy(i => i.Score);
        return new AssessmentAnalysed
        {
            AnalysisId = Guid.NewGuid(),
            Organisation = recorded.Organisation,
            FiscalYear = recorded.FiscalYear,
            Revision = recorded.Revision,
            Total = total,
            Rating = book.Rating.Rate(total, toolMap, book.Tools.Select(t => t.Code)),
            Passed = total >= book.PassMark,
            PassMark = book.PassMark,
            Tools = tools,
            Indicators = indicators,
            WeakestIndicator = weakest?.Indicator,
            PreviousYearTotal = recorded.PreviousYearTotal,
            ChangeFromPreviousYear = recorded.PreviousYearTotal is { } previous ? total - previous : null,
            AnalysedAtUtc = now,
        };
    }

    private static List<ToolScore> ToolScores(AssessmentScores scores, List<IndicatorResult> indicators, CodeBook book) =>
        book.Tools.Select(tool =>
        {
            var given = scores.Tools.FirstOrDefault(t => string.Equals(t.Tool, tool.Code, StringComparison.OrdinalIgnoreCase));
            if (given is not null) return given with { Tool = tool.Code };
            var ofTool = indicators.Where(i => i.Tool == tool.Code).ToList();
            var expected = book.Indicators.Count(i => i.Tool == tool.Code);
            return ofTool.Count == expected && expected > 0
                ? new ToolScore { Tool = tool.Code, Score = Math.Round(ofTool.Average(i => i.Score), 2) }
                : null;
        }).OfType<ToolScore>().ToList();

    private static decimal? WeightedTotal(List<ToolScore> tools, CodeBook book) =>
        tools.Count == book.Tools.Count
            ? Math.Round(book.Tools.Sum(t => t.Weight * tools.Single(s => s.Tool == t.Code).Score), 2)
            : null;
}
