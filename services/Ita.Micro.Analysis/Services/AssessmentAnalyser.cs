using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Narratives;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Analysis.Services;

/// <summary>
/// Turns recorded scores into the analysis under the year's code book: the scores the code book allows to compute
/// (<see cref="ScoreCalculator"/>), the rating, pass or not, weak indicators, the weakest one, the class of every
/// indicator and item (<see cref="FindingClassifier"/>) with each indicator's weakest items and Thai paragraph
/// (<see cref="NarrativeWriter"/>), and the change from the previous year in total, per tool, per indicator and per
/// item. Published values are kept over computed ones.
/// </summary>
public static class AssessmentAnalyser
{
    /// <param name="previous">
    /// The latest analysis of the same organisation's previous fiscal year, or null when there is none. Its total is
    /// preferred over <see cref="AssessmentRecorded.PreviousYearTotal"/>: it is the result the organisation was
    /// told, under its own year's code book.
    /// </param>
    /// <exception cref="ValidationException">The scores cannot be analysed under the book.</exception>
    /// <exception cref="ArgumentException"><paramref name="previous"/> is not the organisation's previous year.</exception>
    public static AssessmentAnalysed Analyse(
        AssessmentRecorded recorded,
        CodeBook book,
        AssessmentAnalysed? previous,
        AnalysisOptions options,
        DateTime now
    )
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(book);
        ArgumentNullException.ThrowIfNull(options);
        if (
            previous is not null
            && (
                previous.Organisation.Code != recorded.Organisation.Code
                || previous.FiscalYear != recorded.FiscalYear - 1
            )
        )
            throw new ArgumentException(
                $"The previous analysis is {previous.Organisation.Code} {previous.FiscalYear}, "
                    + $"not {recorded.Organisation.Code} {recorded.FiscalYear - 1}.",
                nameof(previous)
            );

        var unknown = recorded.Scores.Indicators.FirstOrDefault(i => book.Indicator(i.Indicator) is null);
        if (unknown is not null)
            throw new ValidationException($"Indicator {unknown.Indicator} is not in the {book.FiscalYear} code book.");

        var scores = ScoreCalculator.Complete(recorded.Scores, book).Scores;
        var total = scores.Total
            ?? throw new ValidationException(
                $"{recorded.Organisation.Code} {recorded.FiscalYear}: neither a total nor every tool's score is known."
            );

        var items = Items(scores.Items, book, options);
        var indicators = scores
            .Indicators.OrderBy(i => i.Indicator)
            .Select(i =>
            {
                var definition = book.Indicator(i.Indicator)!;
                var (classification, reason) = FindingClassifier.ClassifyIndicator(i.Score, options);
                var result = new IndicatorResult
                {
                    Indicator = i.Indicator,
                    Name = definition.Name,
                    Tool = definition.Tool,
                    Score = i.Score,
                    Weak = i.Score < book.PassMark,
                    Classification = classification,
                    Reason = reason,
                    WeakestItems = Weakest(
                        items.Where(item => item.Indicator == i.Indicator),
                        options.WeakestItemsPerIndicator
                    ),
                };
                // Written from the finished result so the paragraph says exactly what the analysis found.
                return result with
                {
                    Narrative = NarrativeWriter.Write(recorded.Organisation.Name, book.PassMark, result),
                };
            })
            .ToList();

        var official = OfficialRating.Decide(book, total, scores.Tools, recorded.PublishedRating);
        var weakest = indicators.Count == 0 ? null : indicators.MinBy(i => i.Score);
        var previousTotal = previous?.Total ?? recorded.PreviousYearTotal;
        return new AssessmentAnalysed
        {
            AnalysisId = Guid.NewGuid(),
            Organisation = recorded.Organisation,
            FiscalYear = recorded.FiscalYear,
            // The first analysis of an assessment revision has its number; the consumer numbers any further one.
            Revision = recorded.Revision,
            AssessmentRevision = recorded.Revision,
            Total = total,
            Rating = official.Label,
            Official = official,
            Passed = official.Passed,
            PassMark = book.PassMark,
            Tools = scores.Tools,
            Indicators = indicators,
            WeakestIndicator = weakest?.Indicator,
            PreviousYearTotal = previousTotal,
            ChangeFromPreviousYear = total - previousTotal,
            PreviousFiscalYear = previousTotal is null ? null : recorded.FiscalYear - 1,
            Items = items,
            ToolChanges = previous is null
                ? []
                : Changes(
                    scores.Tools.Select(t => (t.Tool, t.Score)),
                    previous.Tools.Select(t => (t.Tool, t.Score)),
                    StringComparer.OrdinalIgnoreCase
                ),
            IndicatorChanges = previous is null
                ? []
                : Changes(
                    indicators.Select(i => (Number(i.Indicator), i.Score)),
                    previous.Indicators.Select(i => (Number(i.Indicator), i.Score)),
                    StringComparer.Ordinal
                ),
            // Item codes are renumbered between years (2567's i21 is 2568's i10), so only the concept key says which
            // item of last year an item continues; items without one are not compared rather than guessed.
            ItemChanges = previous is null
                ? []
                : Changes(
                    items.Where(i => i.Concept is not null).Select(i => (i.Concept!, i.Score)),
                    previous.Items.Where(i => i.Concept is not null).Select(i => (i.Concept!, i.Score)),
                    StringComparer.Ordinal
                ),
            AnalysedAtUtc = now,
        };
    }

    /// <summary>
    /// <paramref name="earlier"/> analysed again against a newer analysis of the year before (which arrived late or
    /// was revised): the same scores and published rating, so only what compares with the previous year changes.
    /// </summary>
    /// <param name="revision">The analysis revision of the new analysis.</param>
    public static AssessmentAnalysed Reanalyse(
        AssessmentAnalysed earlier,
        int revision,
        CodeBook book,
        AssessmentAnalysed previous,
        AnalysisOptions options,
        DateTime now
    )
    {
        ArgumentNullException.ThrowIfNull(earlier);
        // The analysis holds every score it was given (completed, which completes to itself) and the published label,
        // which is all the analysis reads; the ids of the recorded assessment and its import are not kept here.
        var recorded = new AssessmentRecorded
        {
            AssessmentId = Guid.Empty,
            Organisation = earlier.Organisation,
            FiscalYear = earlier.FiscalYear,
            Revision = earlier.AssessmentRevision > 0 ? earlier.AssessmentRevision : earlier.Revision,
            Scores = new AssessmentScores
            {
                Total = earlier.Total,
                Tools = earlier.Tools,
                Indicators =
                [
                    .. earlier.Indicators.Select(i => new IndicatorScore { Indicator = i.Indicator, Score = i.Score }),
                ],
                Items = [.. earlier.Items.Select(i => new ItemScore { Code = i.Code, Score = i.Score })],
            },
            PublishedRating = OfficialRating.Of(earlier).PublishedLabel,
            ImportId = Guid.Empty,
            RecordedAtUtc = earlier.AnalysedAtUtc,
        };
        return Analyse(recorded, book, previous, options, now) with { Revision = revision };
    }

    /// <summary>
    /// Every recorded item, labelled and classified from the year's code book, in the book's order; a code the book
    /// does not have keeps its code as its label and comes last, so nothing recorded is dropped from the analysis.
    /// </summary>
    private static List<ItemResult> Items(IReadOnlyList<ItemScore> scores, CodeBook book, AnalysisOptions options)
    {
        var order = book
            .Items.Select((item, index) => (item, index))
            .DistinctBy(p => p.item.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(p => p.item.Code, p => p, StringComparer.OrdinalIgnoreCase);
        return scores
            .DistinctBy(s => s.Code, StringComparer.OrdinalIgnoreCase)
            .Select(score =>
            {
                var known = order.TryGetValue(score.Code, out var found);
                var definition = known ? found.item : null;
                var tool = definition is null ? null : book.Indicator(definition.Indicator)?.Tool;
                var (classification, reason) = FindingClassifier.ClassifyItem(
                    score.Score,
                    FindingClassifier.IsOitItem(score.Code, tool),
                    options
                );
                var result = new ItemResult
                {
                    Code = definition?.Code ?? score.Code,
                    Label = definition?.Label ?? score.Code,
                    Concept = definition?.Concept,
                    Indicator = definition?.Indicator ?? 0,
                    Score = score.Score,
                    Classification = classification,
                    Reason = reason,
                };
                return (result, rank: known ? found.index : int.MaxValue);
            })
            .OrderBy(p => p.rank)
            .ThenBy(p => p.result.Code, StringComparer.OrdinalIgnoreCase)
            .Select(p => p.result)
            .ToList();
    }

    /// <summary>
    /// The <paramref name="count"/> lowest items, lowest first, and any tied with the last of them: the seed
    /// analysis names e4 and e5 together for indicator 7 because both scored 80.91, and picking one would be arbitrary.
    /// </summary>
    private static List<ItemResult> Weakest(IEnumerable<ItemResult> items, int count)
    {
        // OrderBy is stable, so equal scores keep the code book's order.
        var sorted = items.OrderBy(i => i.Score).ToList();
        if (count <= 0)
            return [];
        if (sorted.Count <= count)
            return sorted;
        var cutoff = sorted[count - 1].Score;
        return sorted.TakeWhile((item, index) => index < count || item.Score == cutoff).ToList();
    }

    /// <summary>Keys scored in both years, in this year's order.</summary>
    private static List<ScoreChange> Changes(
        IEnumerable<(string Key, decimal Score)> current,
        IEnumerable<(string Key, decimal Score)> previous,
        StringComparer comparer
    )
    {
        var before = previous.DistinctBy(p => p.Key, comparer).ToDictionary(p => p.Key, p => p.Score, comparer);
        return current
            .DistinctBy(c => c.Key, comparer)
            .Where(c => before.ContainsKey(c.Key))
            .Select(c => new ScoreChange
            {
                Key = c.Key,
                Previous = before[c.Key],
                Current = c.Score,
                Change = c.Score - before[c.Key],
            })
            .ToList();
    }

    private static string Number(int indicator) => indicator.ToString(CultureInfo.InvariantCulture);
}
