using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// Section "MeasureTracking": when the progress reports are due, counted in days after the last day they cover.
/// The defaults give 30 April for the 6-month report (to 31 March) and 31 October for the 12-month one (to 30 September).
/// </summary>
public sealed class MeasureTrackingOptions
{
    public const string Section = "MeasureTracking";

    [Range(0, 180)]
    public int SixMonthReportDueDays { get; set; } = 30;

    [Range(0, 180)]
    public int TwelveMonthReportDueDays { get; set; } = 31;
}
