using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class ThaiFiscalYearTests
{
    [Theory]
    [InlineData(2025, 9, 30, 2568)]
    [InlineData(2025, 10, 1, 2569)]
    [InlineData(2026, 9, 30, 2569)]
    [InlineData(2026, 10, 1, 2570)]
    [InlineData(2024, 2, 29, 2567)]
    [InlineData(2028, 2, 29, 2571)]
    [InlineData(2025, 12, 31, 2569)]
    [InlineData(2026, 1, 1, 2569)]
    public void A_date_falls_in_the_fiscal_year_named_by_the_BE_year_it_ends_in(
        int year,
        int month,
        int day,
        int fiscalYear
    ) => Assert.Equal(fiscalYear, ThaiFiscalYear.Of(new DateOnly(year, month, day)));

    [Fact]
    public void Fiscal_year_2569_runs_from_1_October_2025_to_30_September_2026()
    {
        Assert.Equal(new DateOnly(2025, 10, 1), ThaiFiscalYear.Start(2569));
        Assert.Equal(new DateOnly(2026, 9, 30), ThaiFiscalYear.End(2569));
        Assert.Equal(new DateOnly(2026, 3, 31), ThaiFiscalYear.SixMonthsEnd(2569));
        Assert.False(ThaiFiscalYear.Contains(2569, new DateOnly(2025, 9, 30)));
        Assert.True(ThaiFiscalYear.Contains(2569, new DateOnly(2025, 10, 1)));
        Assert.True(ThaiFiscalYear.Contains(2569, new DateOnly(2026, 9, 30)));
        Assert.False(ThaiFiscalYear.Contains(2569, new DateOnly(2026, 10, 1)));
    }

    [Theory]
    [InlineData(1, "2025-10-01", "2025-12-31")]
    [InlineData(2, "2026-01-01", "2026-03-31")]
    [InlineData(3, "2026-04-01", "2026-06-30")]
    [InlineData(4, "2026-07-01", "2026-09-30")]
    public void Quarters_of_fiscal_year_2569_start_in_October(int quarter, string start, string end)
    {
        Assert.Equal(DateOnly.Parse(start), ThaiFiscalYear.QuarterStart(2569, quarter));
        Assert.Equal(DateOnly.Parse(end), ThaiFiscalYear.QuarterEnd(2569, quarter));
    }

    [Fact]
    public void Quarter_periods_read_in_Thai_with_Thai_digits_and_BE_years()
    {
        var firstHalf = MeasurePeriod.Quarters(2569, 1, 2);
        Assert.Equal("ไตรมาสที่ ๑–๒ (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)", firstHalf.Text);
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 3, 31)), (firstHalf.Start, firstHalf.End));
        Assert.Equal("ไตรมาสที่ ๓ (เมษายน ๒๕๖๙ – มิถุนายน ๒๕๖๙)", MeasurePeriod.Quarters(2569, 3, 3).Text);
    }

    [Fact]
    public void A_month_range_ending_in_February_of_a_leap_year_ends_on_the_29th()
    {
        var period = MeasurePeriod.Months(new DateOnly(2027, 11, 1), new DateOnly(2028, 2, 1));
        Assert.Equal(new DateOnly(2028, 2, 29), period.End);
        Assert.Equal("พฤศจิกายน ๒๕๗๐ – กุมภาพันธ์ ๒๕๗๑", period.Text);
        Assert.Equal(
            new DateOnly(2026, 2, 28),
            MeasurePeriod.Months(new DateOnly(2026, 2, 1), new DateOnly(2026, 2, 1)).End
        );
    }

    [Theory]
    [InlineData("ตุลาคม – มีนาคม", "2025-10-01", "2026-03-31", "ไตรมาสที่ ๑–๒ (ตุลาคม ๒๕๖๘ – มีนาคม ๒๕๖๙)")]
    [InlineData("มกราคม – กันยายน", "2026-01-01", "2026-09-30", "ไตรมาสที่ ๒–๔ (มกราคม ๒๕๖๙ – กันยายน ๒๕๖๙)")]
    [InlineData("ไตรมาสที่ ๑–๔", "2025-10-01", "2026-09-30", "ไตรมาสที่ ๑–๔ (ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙)")]
    [InlineData("ตุลาคม และ เมษายน (ต้นรอบการประเมิน)", "2025-10-01", "2026-04-30", "ตุลาคม ๒๕๖๘ – เมษายน ๒๕๖๙")]
    [InlineData(
        "ไตรมาสที่ ๑ (ประกาศ) และตลอดปีงบประมาณ",
        "2025-10-01",
        "2026-09-30",
        "ไตรมาสที่ ๑–๔ (ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙)"
    )]
    [InlineData("", "2025-10-01", "2026-09-30", "ไตรมาสที่ ๑–๔ (ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙)")]
    public void Catalogue_period_text_becomes_dates_inside_the_plan_year(
        string text,
        string start,
        string end,
        string thai
    )
    {
        var period = CataloguePeriodReader.Read(text, 2569);
        Assert.Equal((DateOnly.Parse(start), DateOnly.Parse(end), thai), (period.Start, period.End, period.Text));
    }
}
