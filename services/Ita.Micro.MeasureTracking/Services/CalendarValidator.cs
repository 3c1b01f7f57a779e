using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Checks an assessment calendar: each window named once, opening no later than it closes, within the fiscal year or
/// the six months either side of it (registration starts before the year; results may come after it), and a reason.
/// </summary>
public static class CalendarValidator
{
    public static List<CalendarWindow>? Validate(
        CalendarRequest request,
        int fiscalYear,
        ValidationErrors errors,
        out string reason
    )
    {
        reason = errors.Required("reason", request.Reason, "เหตุผลของการแก้ไขปฏิทิน", 1000);
        var earliest = ThaiFiscalYear.Start(fiscalYear).AddMonths(-6);
        var latest = ThaiFiscalYear.End(fiscalYear).AddMonths(6);
        var windows = new List<CalendarWindow>();
        if (request.Windows is not { Count: > 0 })
            errors.Add("windows", "ต้องระบุช่วงเวลาอย่างน้อย ๑ ช่วง (windows) / At least one window is required.");
        foreach (var (w, i) in (request.Windows ?? []).Select((w, i) => (w, i)))
        {
            var field = $"windows[{i}]";
            if (w?.Kind is not { } kind || !Enum.IsDefined(kind))
            {
                errors.Add(
                    $"{field}.kind",
                    $"ต้องระบุชนิดช่วงเวลา: {string.Join(", ", Enum.GetNames<CalendarWindowKind>())} ({field}.kind) / kind is required."
                );
                continue;
            }
            if (windows.Any(x => x.Kind == kind))
                errors.Add($"{field}.kind", $"ช่วงเวลา {kind} ซ้ำ ({field}.kind) / {kind} appears twice.");
            if (w.Opens is not { } opens || w.Closes is not { } closes)
            {
                errors.Add(
                    field,
                    $"ต้องระบุวันเริ่มและวันสิ้นสุด (YYYY-MM-DD) ({field}.opens, {field}.closes) / opens and closes are required."
                );
                continue;
            }
            if (closes < opens)
                errors.Add(
                    $"{field}.closes",
                    $"วันสิ้นสุดต้องไม่ก่อนวันเริ่ม ({field}.closes) / closes is before opens."
                );
            if (opens < earliest || closes > latest)
                errors.Add(
                    field,
                    $"ช่วงเวลาต้องอยู่ระหว่าง {earliest:yyyy-MM-dd} ถึง {latest:yyyy-MM-dd} ของปีงบประมาณ {fiscalYear} ({field}) / The window is outside fiscal year {fiscalYear} and six months either side."
                );
            windows.Add(new CalendarWindow(kind, opens, closes));
        }
        return errors.Any ? null : windows;
    }
}
