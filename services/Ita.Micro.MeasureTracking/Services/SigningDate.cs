using System.Globalization;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The dates people sign a plan on (approval, announcement), as entered: the real day on paper, which may lie before the
/// day it is recorded here. One rule for both: not in the future (Thailand's calendar), not before what it follows.
/// </summary>
public static class SigningDate
{
    /// <summary>
    /// The earliest an approval can be signed: the first day of the assessed fiscal year, the earliest its results (which
    /// the plan's analysis reads) can exist. The analysis's own timestamp says when the results reached this system, which
    /// for a past year loaded later is after the real signing, so it cannot bound it.
    /// </summary>
    public static DateOnly EarliestApproval(ImprovementPlan plan) => ThaiFiscalYear.Start(plan.AssessedFiscalYear);

    /// <summary>The day the approver signed: as entered, or the Thai date it was recorded for plans approved before it was kept.</summary>
    public static DateOnly? ApprovedOn(ImprovementPlan plan) =>
        plan.ApprovedOn ?? (plan.ApprovedAtUtc is { } at ? ThaiClock.DateOf(at) : null);

    /// <summary>
    /// What is wrong with <paramref name="date"/>, naming <paramref name="field"/>: after today or before
    /// <paramref name="notBefore"/>; null when it may stand.
    /// </summary>
    public static string? Problem(
        string field,
        string thaiName,
        DateOnly date,
        DateOnly today,
        DateOnly notBefore,
        string notBeforeThai
    )
    {
        if (date > today)
            return $"{thaiName} {ThaiText.Date(date, thaiDigits: true)} เป็นวันในอนาคต "
                + $"(วันนี้คือ {ThaiText.Date(today, thaiDigits: true)}) "
                + $"ต้องเป็นวันที่ลงนามจริงในรูปแบบ YYYY-MM-DD ({field}) / {field} ({Iso(date)}) is in the future: "
                + "give the date actually signed as YYYY-MM-DD, today or earlier.";
        if (date < notBefore)
            return $"{thaiName}ต้องไม่ก่อน{notBeforeThai} ({ThaiText.Date(notBefore, thaiDigits: true)}) "
                + $"ในรูปแบบ YYYY-MM-DD ({field}) / "
                + $"{field} ({Iso(date)}) must be {Iso(notBefore)} or later, as YYYY-MM-DD.";
        return null;
    }

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
