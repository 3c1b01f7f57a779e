using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.Contracts;

/// <summary>
/// The official rating of an assessment and where it comes from, decided in this one place for every service: a
/// published label is the official one; otherwise the year's scheme applied to the scores, when they settle it;
/// otherwise it is undetermined, and only the labels still possible and pass or fail are known.
/// </summary>
public sealed record OfficialRating
{
    /// <summary>The official label; null when undetermined.</summary>
    public string? Label { get; init; }
    public required RatingSource Source { get; init; }

    /// <summary>The label given with the import, in the scheme's spelling.</summary>
    public string? PublishedLabel { get; init; }

    /// <summary>The label the scores settle under the year's scheme; null when a missing tool score leaves several.</summary>
    public string? ComputedLabel { get; init; }

    /// <summary>The labels the scores allow, best first (one when they settle the rating).</summary>
    public IReadOnlyList<string> PossibleLabels { get; init; } = [];

    /// <summary>The total reached the year's pass mark; known even when the label is not.</summary>
    public required bool Passed { get; init; }

    /// <summary>The published label is not one the scores allow (an overseer should see both).</summary>
    public bool Conflicting =>
        PublishedLabel is not null && PossibleLabels.Count > 0 && !PossibleLabels.Contains(PublishedLabel);

    /// <param name="published">
    /// The label given with the import, if any. One the year's scheme does not have is not official; score ingestion
    /// rejects such a row (<see cref="UnknownLabelMessage"/>), so only data from before that check carries one.
    /// </param>
    public static OfficialRating Decide(CodeBook book, decimal total, IReadOnlyList<ToolScore> tools, string? published)
    {
        ArgumentNullException.ThrowIfNull(book);
        var scores = tools
            .DistinctBy(t => t.Tool, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(t => t.Tool, t => t.Score, StringComparer.OrdinalIgnoreCase);
        var possible = book.Rating.Possible(total, scores, book.Tools.Select(t => t.Code));
        var computed = possible is [var only] ? only : null;
        var label = published is null ? null : book.Rating.Find(published);
        return new OfficialRating
        {
            Label = label ?? computed,
            Source =
                label is not null ? RatingSource.Published
                : computed is not null ? RatingSource.Computed
                : RatingSource.Undetermined,
            PublishedLabel = label,
            ComputedLabel = computed,
            PossibleLabels = possible,
            Passed = total >= book.PassMark,
        };
    }

    /// <summary>The rating of an analysis stored before ratings carried their source: it was computed.</summary>
    public static OfficialRating Of(AssessmentAnalysed analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return analysis.Official
            ?? new OfficialRating
            {
                Label = analysis.Rating,
                Source = RatingSource.Computed,
                ComputedLabel = analysis.Rating,
                PossibleLabels = analysis.Rating is null ? [] : [analysis.Rating],
                Passed = analysis.Passed,
            };
    }

    /// <summary>
    /// The rating as a document states it: the official label, or, when undetermined, only what is known — pass or
    /// fail with the total ("ผ่านเกณฑ์ (คะแนน ๙๗.๙๐)") — never a sub-level the scores do not show. A computed label
    /// that contradicts the published one is never stated.
    /// </summary>
    /// <param name="score">The total as the document writes numbers (Thai digits, two decimals).</param>
    public string Wording(decimal total, Func<decimal, string> score) => Words(Label, Passed, total, score);

    /// <summary>The same wording from a stored official label (null when undetermined) and pass or fail.</summary>
    public static string Words(string? label, bool passed, decimal total, Func<decimal, string> score)
    {
        ArgumentNullException.ThrowIfNull(score);
        return label ?? $"{(passed ? "ผ่านเกณฑ์" : "ไม่ผ่านเกณฑ์")} (คะแนน {score(total)})";
    }

    /// <summary>Why a row's published label is rejected, naming the labels the year does have.</summary>
    public static string UnknownLabelMessage(CodeBook book, string label)
    {
        ArgumentNullException.ThrowIfNull(book);
        var labels = string.Join(", ", book.Rating.Bands.Select(b => b.Label));
        return $"ระดับผลการประเมิน \"{label}\" ไม่มีในเกณฑ์ของปีงบประมาณ {book.FiscalYear} (ต้องเป็นหนึ่งใน {labels}) / "
            + $"The rating \"{label}\" is not in fiscal year {book.FiscalYear}'s scheme (expected one of {labels})";
    }

    /// <summary>The import warning for a published label the scores do not allow; null when there is no conflict.</summary>
    public string? ConflictMessage()
    {
        if (!Conflicting)
            return null;
        var computed = ComputedLabel ?? string.Join(" / ", PossibleLabels);
        return $"ระดับผลการประเมินที่เผยแพร่ \"{PublishedLabel}\" ต่างจากระดับที่คำนวณได้จากคะแนน \"{computed}\" จะใช้ระดับที่เผยแพร่ / "
            + $"The published rating \"{PublishedLabel}\" differs from the rating computed from the scores \"{computed}\"; the published one is kept";
    }
}
