namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Today's date where the organisations are: Thailand keeps UTC+7 all year, so a progress update entered at 06:30
/// on 1 October in Bangkok is already in the new fiscal year even though UTC still says 30 September.
/// </summary>
public static class ThaiClock
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(7);

    public static DateOnly Today(this TimeProvider time) => DateOnly.FromDateTime(time.GetUtcNow().ToOffset(Offset).DateTime);

    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;
}
