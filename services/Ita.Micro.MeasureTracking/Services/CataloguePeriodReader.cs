namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Turns the free Thai period text of a catalogue measure ("ตุลาคม – มีนาคม", "ไตรมาสที่ ๑–๔", "ตลอดปีงบประมาณ")
/// into a period of the plan's fiscal year: from the earliest month or quarter it names to the latest, in fiscal
/// order. Text naming none of them means the whole year, which officers narrow when they own the plan.
/// </summary>
public static class CataloguePeriodReader
{
    public static MeasurePeriod Read(string text, int fiscalYear)
    {
        var fiscalMonths = new List<int>(); // 0 = October … 11 = September
        for (var month = 1; month <= 12; month++)
            if (text.Contains(ThaiText.MonthName(month), StringComparison.Ordinal))
                fiscalMonths.Add(FiscalIndex(month));

        var normalised = ToArabic(text);
        var quarterAt = normalised.IndexOf("ไตรมาสที่", StringComparison.Ordinal);
        if (quarterAt >= 0)
        {
            var quarters = normalised[(quarterAt + "ไตรมาสที่".Length)..]
                .TakeWhile(c => c is ' ' or '–' or '-' or (>= '1' and <= '4'))
                .Where(c => c is >= '1' and <= '4')
                .Select(c => c - '0')
                .ToList();
            if (quarters.Count > 0)
            {
                fiscalMonths.Add(3 * (quarters.Min() - 1));
                fiscalMonths.Add(3 * quarters.Max() - 1);
            }
        }

        if (fiscalMonths.Count == 0 || text.Contains("ตลอดปี", StringComparison.Ordinal))
            return MeasurePeriod.WholeYear(fiscalYear);
        var start = ThaiFiscalYear.Start(fiscalYear).AddMonths(fiscalMonths.Min());
        var end = ThaiFiscalYear.Start(fiscalYear).AddMonths(fiscalMonths.Max());
        var period = MeasurePeriod.Months(start, end);
        return IsQuarterRange(period, fiscalYear, out var from, out var to)
            ? MeasurePeriod.Quarters(fiscalYear, from, to)
            : period;
    }

    /// <summary>True when the period starts and ends on quarter boundaries of the fiscal year.</summary>
    public static bool IsQuarterRange(MeasurePeriod period, int fiscalYear, out int from, out int to)
    {
        from = to = 0;
        for (var q = 1; q <= 4; q++)
        {
            if (ThaiFiscalYear.QuarterStart(fiscalYear, q) == period.Start)
                from = q;
            if (ThaiFiscalYear.QuarterEnd(fiscalYear, q) == period.End)
                to = q;
        }
        return from > 0 && to >= from;
    }

    private static int FiscalIndex(int month) => (month + 2) % 12;

    private static string ToArabic(string text) =>
        new(text.Select(c => c is >= '๐' and <= '๙' ? (char)('0' + (c - '๐')) : c).ToArray());
}
