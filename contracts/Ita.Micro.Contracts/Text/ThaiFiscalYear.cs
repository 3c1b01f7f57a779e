namespace Ita.Micro.Contracts.Text;

/// <summary>
/// The Thai government fiscal year: 1 October to 30 September, named by the Buddhist Era (CE + 543) year in which
/// it ends. FY 2569 runs from 1 October 2025 to 30 September 2026.
/// </summary>
public static class ThaiFiscalYear
{
    public const int BuddhistEraOffset = 543;

    public static int BuddhistYear(int gregorianYear) => gregorianYear + BuddhistEraOffset;

    public static int GregorianYear(int buddhistYear) => buddhistYear - BuddhistEraOffset;

    public static DateOnly Start(int fiscalYear) => new(GregorianYear(fiscalYear) - 1, 10, 1);

    public static DateOnly End(int fiscalYear) => new(GregorianYear(fiscalYear), 9, 30);

    /// <summary>The fiscal year a date falls in.</summary>
    public static int Of(DateOnly date) => BuddhistYear(date.Month >= 10 ? date.Year + 1 : date.Year);

    public static bool Contains(int fiscalYear, DateOnly date) => date >= Start(fiscalYear) && date <= End(fiscalYear);

    /// <summary>First day of quarter 1–4 (ไตรมาสที่ ๑ is October to December).</summary>
    public static DateOnly QuarterStart(int fiscalYear, int quarter) => Start(fiscalYear).AddMonths(3 * (quarter - 1));

    public static DateOnly QuarterEnd(int fiscalYear, int quarter) =>
        QuarterStart(fiscalYear, quarter).AddMonths(3).AddDays(-1);

    /// <summary>The first day of a calendar month (1–12) inside the fiscal year: October–December fall in the year before.</summary>
    public static DateOnly MonthStart(int fiscalYear, int month) =>
        new(GregorianYear(fiscalYear) - (month >= 10 ? 1 : 0), month, 1);

    public static DateOnly MonthEnd(int fiscalYear, int month) =>
        MonthStart(fiscalYear, month).AddMonths(1).AddDays(-1);

    /// <summary>The last day the 6-month report covers: 31 March of the fiscal year.</summary>
    public static DateOnly SixMonthsEnd(int fiscalYear) => new(GregorianYear(fiscalYear), 3, 31);
}
