using System.ComponentModel.DataAnnotations;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Services;

/// <summary>
/// Turns recorded scores into the analysis under the year's code book: the scores the code book allows to compute
/// (<see cref="ScoreCalculator"/>), the rating, pass or not, weak indicators, the weakest one and the change from
/// the previous year. Published values are kept over computed ones.
/// </summary>
public static class AssessmentAnalyser
{
    public static AssessmentAnalysed Analyse(AssessmentRecorded recorded, CodeBook book, DateTime now)
    {
        var unknown = recorded.Scores.Indicators.FirstOrDefault(i => book.Indicator(i.Indicator) is null);
        if (unknown is not null)
            throw new ValidationException($"Indicator {unknown.Indicator} is not in the {book.FiscalYear} code book.");

        var scores = ScoreCalculator.Complete(recorded.Scores, book).Scores;
        var total = scores.Total ?? throw new ValidationException(
            $"{recorded.Organisation.Code} {recorded.FiscalYear}: neither a total nor every tool's score is known.");
        var indicators = scores.Indicators.OrderBy(i => i.Indicator).Select(i =>
        {
            var definition = book.Indicator(i.Indicator)!;
            return new IndicatorResult
            {
                Indicator = i.Indicator, Name = definition.Name, Tool = definition.Tool, Score = i.Score,
                Weak = i.Score < book.PassMark,
            };
        }).ToList();

        var toolMap = scores.Tools.ToDictionary(t => t.Tool, t => t.Score, StringComparer.OrdinalIgnoreCase);
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
            Tools = scores.Tools,
            Indicators = indicators,
            WeakestIndicator = weakest?.Indicator,
            PreviousYearTotal = recorded.PreviousYearTotal,
            ChangeFromPreviousYear = recorded.PreviousYearTotal is { } previous ? total - previous : null,
            AnalysedAtUtc = now,
        };
    }
}
