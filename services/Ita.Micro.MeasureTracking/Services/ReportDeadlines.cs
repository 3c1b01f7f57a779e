using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>What each report covers (to 31 March, to 30 September) and when it is due, from the configured days.</summary>
public static class ReportDeadlines
{
    public static DateOnly AsOf(int planFiscalYear, ReportPeriod period) =>
        period == ReportPeriod.SixMonths
            ? ThaiFiscalYear.SixMonthsEnd(planFiscalYear)
            : ThaiFiscalYear.End(planFiscalYear);

    public static DateOnly DueOn(int planFiscalYear, ReportPeriod period, MeasureTrackingOptions options) =>
        AsOf(planFiscalYear, period)
            .AddDays(
                period == ReportPeriod.SixMonths ? options.SixMonthReportDueDays : options.TwelveMonthReportDueDays
            );

    /// <summary>Not submitted and the deadline has passed (the due day itself still counts as on time).</summary>
    public static bool IsLate(
        int planFiscalYear,
        ReportPeriod period,
        bool submitted,
        DateOnly today,
        MeasureTrackingOptions options
    ) => !submitted && today > DueOn(planFiscalYear, period, options);
}
