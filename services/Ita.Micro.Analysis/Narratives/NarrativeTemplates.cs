namespace Ita.Micro.Analysis.Narratives;

/// <summary>
/// The wording of the indicator paragraphs (Narratives/narratives.json). Text, not code, so that an office can
/// reword a sentence without a release and so the Thai can be read and reviewed in one place. Placeholders are
/// written {name}; <see cref="NarrativeLibrary"/> checks that each template uses only those it can fill.
/// </summary>
public sealed record NarrativeTemplates
{
    /// <summary>
    /// The paragraph per <see cref="Ita.Micro.Contracts.FindingClass"/> name: {organisation}, {indicator}, {name},
    /// {score}, {passMark}, {passMarkClause}, {weakest}, {why}, {whatToDo}.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Paragraphs { get; init; }

    /// <summary>
    /// The finding per <see cref="Ita.Micro.Contracts.FindingClass"/> name, as the plan's "ประเด็นที่ต้องปรับปรุง/พัฒนา"
    /// column repeats it: the paragraph without {whatToDo}, which the measure's own steps answer.
    /// </summary>
    public required IReadOnlyDictionary<string, string> Findings { get; init; }

    /// <summary>{passMarkClause} for a score below the pass mark: {passMark}.</summary>
    public required string BelowPassMark { get; init; }

    /// <summary>{passMarkClause} for a score at or above the pass mark: {passMark}.</summary>
    public required string ReachedPassMark { get; init; }

    /// <summary>{weakest} when the indicator has item scores: {items}, {itemClass}.</summary>
    public required string WeakestItems { get; init; }

    /// <summary>One entry of {items}: {item}, {itemLabel}, {itemScore}.</summary>
    public required string WeakestItem { get; init; }

    /// <summary>Between entries of {items}, for items tied at the lowest score.</summary>
    public required string ItemSeparator { get; init; }

    /// <summary>{weakest} when no item of the indicator was scored (a published indicator score only).</summary>
    public required string NoItems { get; init; }

    /// <summary>{itemClass} per <see cref="Ita.Micro.Contracts.FindingClass"/> name of the lowest item; may be empty.</summary>
    public required IReadOnlyDictionary<string, string> ItemClasses { get; init; }

    /// <summary>Why and what to do per indicator number ("1" … "10").</summary>
    public required IReadOnlyDictionary<string, IndicatorNarrative> Indicators { get; init; }

    /// <summary>For an indicator a future code book adds before its wording is written.</summary>
    public required IndicatorNarrative Default { get; init; }
}
