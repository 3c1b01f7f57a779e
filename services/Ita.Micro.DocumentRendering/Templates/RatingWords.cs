using Ita.Micro.Contracts;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// Every way a document states a rating, in one place. Only the official rating is ever printed (a published label
/// over a computed one that contradicts it); an undetermined rating is stated as what is known — pass or fail with
/// the total — and never as a sub-level (<see cref="OfficialRating.Words"/>).
/// </summary>
public static class RatingWords
{
    /// <summary>The undetermined organisations' group in a distribution of ratings.</summary>
    public const string UndeterminedGroup = "ยังระบุระดับไม่ได้";

    /// <summary>"ผ่านดี", or "ผ่านเกณฑ์ (คะแนน 97.90)" when undetermined.</summary>
    public static string Rating(string? label, bool passed, decimal total) =>
        OfficialRating.Words(label, passed, total, Score);

    public static string Rating(AssessmentAnalysed analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return Rating(OfficialRating.Of(analysis).Label, analysis.Passed, analysis.Total);
    }

    /// <summary>The rating in a sentence: "อยู่ในระดับ “ผ่านดี”", or "ผ่านเกณฑ์ (คะแนน 97.90)" when undetermined.</summary>
    public static string InSentence(string? label, bool passed, decimal total) =>
        label is null ? Rating(label, passed, total) : $"อยู่ในระดับ “{label}”";

    public static string InSentence(AssessmentAnalysed analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        return InSentence(OfficialRating.Of(analysis).Label, analysis.Passed, analysis.Total);
    }

    /// <summary>The rating named as such: "ระดับผลการประเมิน “ผ่านดี”", or "ผ่านเกณฑ์ (คะแนน 97.90)" when undetermined.</summary>
    public static string Named(AssessmentAnalysed analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var label = OfficialRating.Of(analysis).Label;
        return label is null ? Rating(analysis) : $"ระดับผลการประเมิน “{label}”";
    }

    /// <summary>The group an organisation is counted in by rating: its label, the undetermined group, or "-" when not assessed.</summary>
    public static string Group(string? label, decimal? total) => label ?? (total is null ? "-" : UndeterminedGroup);
}
