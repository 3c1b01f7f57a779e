using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// Section "Reminders": how many days before each deadline a <c>DeadlineApproaching</c> is raised (0 is the day
/// itself), and how often the service looks for deadlines.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    [Required, MinLength(1)]
    public int[] OffsetsDays { get; set; } = [30, 7, 1];

    [Range(typeof(TimeSpan), "00:00:01", "1.00:00:00")]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OffsetsDays.Any(d => d is < 0 or > 365))
            yield return new ValidationResult("Reminders:OffsetsDays are days before a deadline: 0 to 365.", [nameof(OffsetsDays)]);
        if (OffsetsDays.Distinct().Count() != OffsetsDays.Length)
            yield return new ValidationResult("Reminders:OffsetsDays names a day twice.", [nameof(OffsetsDays)]);
    }
}
