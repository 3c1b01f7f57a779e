using System.Globalization;
using Ita.Micro.Contracts;

namespace Ita.Micro.Analysis.Narratives;

/// <summary>
/// Writes each indicator's paragraph in the register of the hand-written analyses (seeds 000 and 002): the
/// organisation, the indicator's score against the pass mark, its weakest item(s) with label and score, its class,
/// why it matters and what to do. Pure: the same indicator and templates always give the same words. Digits are
/// Arabic and scores have two decimals as published; the documents turn them into Thai digits.
/// </summary>
public static class NarrativeWriter
{
    /// <summary>One paragraph per indicator of the analysis, by indicator number, with the shipped wording.</summary>
    public static IReadOnlyDictionary<int, string> WriteAll(AssessmentAnalysed analysis) =>
        WriteAll(analysis, NarrativeLibrary.Default);

    /// <summary>One paragraph per indicator of the analysis, by indicator number.</summary>
    public static IReadOnlyDictionary<int, string> WriteAll(AssessmentAnalysed analysis, NarrativeTemplates templates)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis
            .Indicators.DistinctBy(i => i.Indicator)
            .ToDictionary(i => i.Indicator, i => Write(analysis.Organisation.Name, analysis.PassMark, i, templates));
    }

    /// <summary>The indicator's paragraph with the shipped wording.</summary>
    public static string Write(string organisation, decimal passMark, IndicatorResult indicator) =>
        Write(organisation, passMark, indicator, NarrativeLibrary.Default);

    /// <summary>The indicator's paragraph.</summary>
    /// <param name="organisation">The organisation's name as registered, e.g. "เทศบาลตำบลแม่จัน".</param>
    /// <param name="passMark">The pass mark of the year's code book.</param>
    public static string Write(
        string organisation,
        decimal passMark,
        IndicatorResult indicator,
        NarrativeTemplates templates
    )
    {
        ArgumentNullException.ThrowIfNull(templates);
        return Compose(templates.Paragraphs, organisation, passMark, indicator, templates);
    }

    /// <summary>The indicator's finding (score, weakest items, why it matters) as a measure of the plan repeats it.</summary>
    public static string WriteFinding(string organisation, decimal passMark, IndicatorResult indicator) =>
        WriteFinding(organisation, passMark, indicator, NarrativeLibrary.Default);

    /// <summary>The indicator's finding as a measure of the plan repeats it.</summary>
    public static string WriteFinding(
        string organisation,
        decimal passMark,
        IndicatorResult indicator,
        NarrativeTemplates templates
    )
    {
        ArgumentNullException.ThrowIfNull(templates);
        return Compose(templates.Findings, organisation, passMark, indicator, templates);
    }

    private static string Compose(
        IReadOnlyDictionary<string, string> byClass,
        string organisation,
        decimal passMark,
        IndicatorResult indicator,
        NarrativeTemplates templates
    )
    {
        ArgumentNullException.ThrowIfNull(organisation);
        ArgumentNullException.ThrowIfNull(indicator);

        var wording = templates.Indicators.GetValueOrDefault(Number(indicator.Indicator)) ?? templates.Default;
        var passMarkText = Line(passMark);
        var passMarkClause = Fill(
            indicator.Score < passMark ? templates.BelowPassMark : templates.ReachedPassMark,
            new Dictionary<string, string> { ["passMark"] = passMarkText }
        );

        return Tidy(
            Fill(
                byClass[indicator.Classification.ToString()],
                new Dictionary<string, string>
                {
                    ["organisation"] = organisation.Trim(),
                    ["indicator"] = Number(indicator.Indicator),
                    ["name"] = indicator.Name.Trim(),
                    ["score"] = Score(indicator.Score),
                    ["passMark"] = passMarkText,
                    ["passMarkClause"] = passMarkClause,
                    ["weakest"] = Weakest(indicator.WeakestItems, templates),
                    ["why"] = wording.Why.Trim(),
                    ["whatToDo"] = wording.WhatToDo.Trim(),
                }
            )
        );
    }

    /// <summary>
    /// The weakest items, lowest first as the analysis lists them (ties included, as the seed names e4 and e5
    /// together), with the class of the lowest one: an indicator to develop can hold an item to fix urgently (i10).
    /// </summary>
    private static string Weakest(IReadOnlyList<ItemResult> items, NarrativeTemplates templates)
    {
        if (items.Count == 0)
            return templates.NoItems;
        var entries = items.Select(item =>
            Fill(
                templates.WeakestItem,
                new Dictionary<string, string>
                {
                    ["item"] = item.Code.Trim(),
                    ["itemLabel"] = item.Label.Trim(),
                    ["itemScore"] = Score(item.Score),
                }
            )
        );
        var lowest = items.MinBy(i => i.Score)!;
        return Fill(
            templates.WeakestItems,
            new Dictionary<string, string>
            {
                ["items"] = string.Join(templates.ItemSeparator, entries),
                ["itemClass"] = templates.ItemClasses.GetValueOrDefault(lowest.Classification.ToString(), ""),
            }
        );
    }

    /// <summary>
    /// Replaces every placeholder in one pass, so a value that happens to contain braces is never read as a
    /// placeholder itself. The templates were checked on load, so an unknown name is a bug and throws.
    /// </summary>
    private static string Fill(string template, IReadOnlyDictionary<string, string> values) =>
        NarrativeLibrary
            .Placeholder()
            .Replace(template, match =>
                values.TryGetValue(match.Groups[1].Value, out var value)
                    ? value
                    : throw new InvalidOperationException(
                        $"The narrative template placeholder {match.Value} has no value here."
                    )
            );

    /// <summary>An empty part (no items, an empty item class) leaves two spaces or a space at an end.</summary>
    private static string Tidy(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words);
    }

    private static string Number(int number) => number.ToString(CultureInfo.InvariantCulture);

    // As FindingClassifier writes them: scores with two decimals as published, lines as configured ("85", "72.5").
    private static string Score(decimal score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    private static string Line(decimal line) => line.ToString("0.##", CultureInfo.InvariantCulture);
}
