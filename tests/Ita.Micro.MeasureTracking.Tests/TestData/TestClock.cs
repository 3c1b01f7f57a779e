namespace Ita.Micro.MeasureTracking.Tests.TestData;

/// <summary>A clock the test sets: the service reads "today" (in Thailand) and "now" from it.</summary>
public sealed class TestClock(DateTimeOffset now) : TimeProvider
{
    public DateTimeOffset Now { get; set; } = now;

    public override DateTimeOffset GetUtcNow() => Now;

    /// <summary>Noon in Thailand on the given date.</summary>
    public void SetThaiDate(DateOnly date) =>
        Now = new DateTimeOffset(date.ToDateTime(new TimeOnly(12, 0)), TimeSpan.FromHours(7));

    public static TestClock OnThaiDate(DateOnly date)
    {
        var clock = new TestClock(DateTimeOffset.UnixEpoch);
        clock.SetThaiDate(date);
        return clock;
    }
}
