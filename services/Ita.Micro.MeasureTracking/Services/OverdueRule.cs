using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// A measure is overdue from the day after its period ends while it is neither done nor dropped: one ending on
/// 30 September is still on time that day and overdue on 1 October.
/// </summary>
public static class OverdueRule
{
    public static bool IsOverdue(DateOnly periodEnd, MeasureStatus status, DateOnly today) =>
        today > periodEnd && status is not (MeasureStatus.Done or MeasureStatus.Dropped);
}
