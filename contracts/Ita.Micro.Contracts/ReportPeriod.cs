namespace Ita.Micro.Contracts;

/// <summary>The two progress reports of a plan's fiscal year. The number is the months covered.</summary>
public enum ReportPeriod
{
    /// <summary>รอบ 6 เดือน: 1 October to 31 March.</summary>
    SixMonths = 6,

    /// <summary>รอบ 12 เดือน: 1 October to 30 September.</summary>
    TwelveMonths = 12,
}
