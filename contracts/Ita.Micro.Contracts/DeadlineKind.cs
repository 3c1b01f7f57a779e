namespace Ita.Micro.Contracts;

/// <summary>What falls due. Messages carry the number.</summary>
public enum DeadlineKind
{
    /// <summary>A measure of a plan reaches the end of its period without being done.</summary>
    MeasureEnding = 0,

    /// <summary>The 6-month progress report (to 31 March) is due.</summary>
    SixMonthReportDue = 1,

    /// <summary>The 12-month progress report (to 30 September) is due.</summary>
    TwelveMonthReportDue = 2,

    /// <summary>A window of the NACC assessment calendar opens.</summary>
    CalendarWindowOpens = 3,

    /// <summary>A window of the NACC assessment calendar closes.</summary>
    CalendarWindowCloses = 4,
}
