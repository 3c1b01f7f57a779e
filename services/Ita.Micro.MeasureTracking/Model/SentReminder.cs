namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// A reminder of a deadline at an offset, recorded in the save that queues its <c>DeadlineApproaching</c> in the
/// outbox: the key is unique, so a restart or a second replica never sends it twice.
/// </summary>
public sealed class SentReminder
{
    /// <summary><c>{deadlineKey}|{daysBefore}</c>.</summary>
    public required string Key { get; set; }
    public required string DeadlineKey { get; set; }
    public int DaysBefore { get; set; }
    public DateOnly DueOn { get; set; }

    /// <summary>False for an offset passed while the service was down and covered by a nearer one sent with it.</summary>
    public bool Published { get; set; }
    public DateTime SentAtUtc { get; set; }
}
