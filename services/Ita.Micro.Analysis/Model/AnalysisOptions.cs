using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.Analysis.Model;

/// <summary>
/// Section "Analysis": the rule that places every indicator and item in a class (urgent fix, to develop, to maintain).
/// NACC asks for the three groups but sets no numbers, so the lines are configuration, not code: an office that
/// reads the manual differently changes them without a release. Scores are on the 0–100 scale.
/// </summary>
public sealed class AnalysisOptions : IValidatableObject
{
    public const string Section = "Analysis";

    /// <summary>A score below this is a defect to fix urgently (ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน).</summary>
    [Range(typeof(decimal), "0", "100")]
    public decimal UrgentBelow { get; set; } = 70m;

    /// <summary>A score below this, and not urgent, is to develop (ประเด็นที่ต้องพัฒนาให้ดีขึ้น); from it on, to maintain.</summary>
    [Range(typeof(decimal), "0", "100")]
    public decimal DevelopBelow { get; set; } = 85m;

    /// <summary>
    /// An OIT item is scored 0 or 100 (all required information published, or not), so a 0 means a required
    /// publication is missing: urgent whatever <see cref="UrgentBelow"/> says when this is on.
    /// </summary>
    public bool OitItemZeroIsUrgent { get; set; } = true;

    /// <summary>How many lowest items each indicator lists; items tied with the last one listed are listed too.</summary>
    [Range(1, 100)]
    public int WeakestItemsPerIndicator { get; set; } = 1;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        // Urgent from a higher score than develop leaves no score to develop, which can only be a typing mistake;
        // equal lines are allowed, for an office that wants two classes only.
        if (UrgentBelow > DevelopBelow)
            yield return new ValidationResult(
                $"Analysis:UrgentBelow ({UrgentBelow}) ต้องไม่สูงกว่า Analysis:DevelopBelow ({DevelopBelow}) / "
                    + "must not be above Analysis:DevelopBelow",
                [nameof(UrgentBelow), nameof(DevelopBelow)]
            );
    }
}
