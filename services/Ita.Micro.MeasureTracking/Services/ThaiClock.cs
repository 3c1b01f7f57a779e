namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Today's date where the organisations are: Thailand keeps UTC+7 all year, so a progress update entered at 06:30
/// on 1 October in Bangkok is already in the new fiscal year even though UTC still says 30 September.
/// </summary>
public static class ThaiClock
{
    public static DateOnly Today(this TimeProvider time) => DateOf(time.UtcNow());

    /// <summary>The Thai date of a UTC instant.</summary>
    public static DateOnly DateOf(DateTime utc) => ThaiText.DayOf(utc);

    public static DateTime UtcNow(this TimeProvider time) => time.GetUtcNow().UtcDateTime;
}
