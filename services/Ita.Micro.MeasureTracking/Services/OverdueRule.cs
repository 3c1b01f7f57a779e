using System.Linq.Expressions;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// A measure is overdue from the day after its period ends while it is neither done nor dropped: one ending on
/// 30 September is still on time that day and overdue on 1 October.
/// </summary>
public static class OverdueRule
{
    public static bool IsOverdue(DateOnly periodEnd, MeasureStatus status, DateOnly today) =>
        today > periodEnd && status is not (MeasureStatus.Done or MeasureStatus.Dropped);

    /// <summary>The same rule for a database query over measures.</summary>
    public static Expression<Func<Measure, bool>> Overdue(DateOnly today) =>
        m => today > m.PeriodEnd && m.Status != MeasureStatus.Done && m.Status != MeasureStatus.Dropped;
}
