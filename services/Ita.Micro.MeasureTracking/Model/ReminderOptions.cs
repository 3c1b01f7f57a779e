using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// Section "Reminders": how many days before each deadline a <c>DeadlineApproaching</c> is raised (0 is the day
/// itself), and how often the service looks for deadlines.
/// </summary>
public sealed class ReminderOptions : IValidatableObject
{
    public const string Section = "Reminders";

    public static readonly int[] DefaultOffsetsDays = [30, 7, 1];

    /// <summary>
    /// Empty for <see cref="DefaultOffsetsDays"/>. Not a default value in the array itself: configuration binding adds
    /// to an array it finds, so Reminders__OffsetsDays__0=14 would give 30, 7, 1 and 14 instead of 14.
    /// </summary>
    public int[] OffsetsDays { get; set; } = [];

    /// <summary>The offsets in use: those configured, else the defaults.</summary>
    public int[] Offsets => OffsetsDays.Length > 0 ? OffsetsDays : DefaultOffsetsDays;

    [Range(
        typeof(TimeSpan),
        "00:00:01",
        "1.00:00:00",
        ErrorMessage = "Reminders:ScanInterval must be from 00:00:01 to 1.00:00:00."
    )]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromHours(1);

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (OffsetsDays.Any(d => d is < 0 or > 365))
            yield return new ValidationResult(
                "Reminders:OffsetsDays are days before a deadline: 0 to 365.",
                [nameof(OffsetsDays)]
            );
        if (OffsetsDays.Distinct().Count() != OffsetsDays.Length)
            yield return new ValidationResult("Reminders:OffsetsDays names a day twice.", [nameof(OffsetsDays)]);
    }
}
