namespace Ita.Micro.MeasureTracking.Services;

/// <summary>When a measure runs: whole months inside one fiscal year, with the Thai text documents print.</summary>
public sealed record MeasurePeriod(DateOnly Start, DateOnly End, string Text)
{
    /// <summary>Quarters <paramref name="from"/>–<paramref name="to"/> (1–4), e.g. "ไตรมาสที่ ๑–๒ (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)".</summary>
    public static MeasurePeriod Quarters(int fiscalYear, int from, int to)
    {
        var start = ThaiFiscalYear.QuarterStart(fiscalYear, from);
        var end = ThaiFiscalYear.QuarterEnd(fiscalYear, to);
        var quarters =
            from == to
                ? ThaiText.Integer(from, thaiDigits: true)
                : $"{ThaiText.Integer(from, thaiDigits: true)}–{ThaiText.Integer(to, thaiDigits: true)}";
        return new MeasurePeriod(start, end, $"ไตรมาสที่ {quarters} ({MonthRangeText(start, end)})");
    }

    /// <summary>The months from <paramref name="start"/>'s to <paramref name="end"/>'s, e.g. "พฤศจิกายน ๒๕๖๘ – กุมภาพันธ์ ๒๕๖๙".</summary>
    public static MeasurePeriod Months(DateOnly start, DateOnly end)
    {
        var first = new DateOnly(start.Year, start.Month, 1);
        var last = new DateOnly(end.Year, end.Month, 1).AddMonths(1).AddDays(-1);
        return new MeasurePeriod(first, last, MonthRangeText(first, last));
    }

    /// <summary>The whole fiscal year, as quarters 1–4.</summary>
    public static MeasurePeriod WholeYear(int fiscalYear) => Quarters(fiscalYear, 1, 4);

    private static string MonthRangeText(DateOnly start, DateOnly end) =>
        start.Year == end.Year && start.Month == end.Month
            ? ThaiText.MonthYear(start, thaiDigits: true)
            : $"{ThaiText.MonthYear(start, thaiDigits: true)} – {ThaiText.MonthYear(end, thaiDigits: true)}";
}
