using System.Globalization;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The deadlines falling due from today to a horizon: the windows of the assessment calendars, the 6- and 12-month
/// reports not yet submitted and the measures not done by the end of their period, of approved and published plans.
/// Fiscal years either side of today's are read too, so a deadline across the 1 October boundary (the 12-month report
/// due 31 October, registration for next year opening in September) is not missed.
/// </summary>
public static class DeadlineFinder
{
    public static async Task<List<Deadline>> FindAsync(
        MeasureTrackingDbContext db,
        DateOnly today,
        DateOnly horizon,
        MeasureTrackingOptions options,
        CancellationToken ct
    )
    {
        var year = ThaiFiscalYear.Of(today);
        int[] years = [year - 1, year, year + 1];
        var deadlines = new List<Deadline>();

        var calendars = (await db.Calendars.AsNoTracking().Where(c => years.Contains(c.FiscalYear)).ToListAsync(ct))
            .GroupBy(c => c.FiscalYear)
            .Select(g => g.MaxBy(c => c.Version)!);
        foreach (var calendar in calendars)
        foreach (var w in calendar.Windows)
        {
            deadlines.Add(
                new Deadline(
                    Key($"calendar:{calendar.FiscalYear}:{w.Kind}:opens", w.Opens),
                    DeadlineKind.CalendarWindowOpens,
                    $"{Thai(w.Kind)} เริ่ม / {w.Kind} opens",
                    w.Opens,
                    calendar.FiscalYear
                )
            );
            if (w.Closes != w.Opens)
                deadlines.Add(
                    new Deadline(
                        Key($"calendar:{calendar.FiscalYear}:{w.Kind}:closes", w.Closes),
                        DeadlineKind.CalendarWindowCloses,
                        $"{Thai(w.Kind)} สิ้นสุด / {w.Kind} closes",
                        w.Closes,
                        calendar.FiscalYear
                    )
                );
        }

        var plans = await db
            .Plans.AsNoTracking()
            .Where(p =>
                years.Contains(p.PlanFiscalYear)
                && (p.Status == PlanStatus.Approved || p.Status == PlanStatus.Published)
            )
            .Select(p => new
            {
                p.Id,
                p.OrganisationCode,
                p.Province,
                p.PlanFiscalYear,
            })
            .ToListAsync(ct);
        var planIds = plans.Select(p => p.Id).ToList();
        var submitted = (
            await db
                .Reports.AsNoTracking()
                .Where(r => planIds.Contains(r.PlanId))
                .Select(r => new { r.PlanId, r.Period })
                .ToListAsync(ct)
        )
            .Select(r => (r.PlanId, r.Period))
            .ToHashSet();
        foreach (var plan in plans)
        foreach (var period in new[] { ReportPeriod.SixMonths, ReportPeriod.TwelveMonths })
        {
            if (submitted.Contains((plan.Id, period)))
                continue;
            var due = ReportDeadlines.DueOn(plan.PlanFiscalYear, period, options);
            deadlines.Add(
                new Deadline(
                    Key($"report:{plan.Id}:{period}", due),
                    period == ReportPeriod.SixMonths
                        ? DeadlineKind.SixMonthReportDue
                        : DeadlineKind.TwelveMonthReportDue,
                    period == ReportPeriod.SixMonths
                        ? "ครบกำหนดส่งรายงานผลการดำเนินการรอบ ๖ เดือน / Six-month progress report due"
                        : "ครบกำหนดส่งรายงานผลการดำเนินการรอบ ๑๒ เดือน / Twelve-month progress report due",
                    due,
                    plan.PlanFiscalYear,
                    plan.OrganisationCode,
                    plan.Province,
                    plan.Id
                )
            );
        }

        var byPlan = plans.ToDictionary(p => p.Id);
        var measures = await db
            .Measures.AsNoTracking()
            .Where(m =>
                planIds.Contains(m.PlanId)
                && m.PeriodEnd >= today
                && m.PeriodEnd <= horizon
                && m.Status != MeasureStatus.Done
                && m.Status != MeasureStatus.Dropped
            )
            .Select(m => new
            {
                m.Id,
                m.PlanId,
                m.Title,
                m.PeriodEnd,
            })
            .ToListAsync(ct);
        foreach (var m in measures)
        {
            var plan = byPlan[m.PlanId];
            deadlines.Add(
                new Deadline(
                    Key($"measure:{m.Id}", m.PeriodEnd),
                    DeadlineKind.MeasureEnding,
                    $"มาตรการ \"{m.Title}\" สิ้นสุดระยะเวลา / The measure's period ends",
                    m.PeriodEnd,
                    plan.PlanFiscalYear,
                    plan.OrganisationCode,
                    plan.Province,
                    plan.Id,
                    m.Id
                )
            );
        }
        return deadlines.Where(d => d.DueOn >= today && d.DueOn <= horizon).ToList();
    }

    private static string Key(string what, DateOnly due) =>
        $"{what}:{due.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    private static string Thai(CalendarWindowKind kind) =>
        kind switch
        {
            CalendarWindowKind.Registration => "การลงทะเบียนผู้ประสานงานและผู้ตอบแบบวัด",
            CalendarWindowKind.OitSubmission => "การส่งข้อมูลแบบ OIT",
            CalendarWindowKind.Survey => "การเก็บแบบวัด IIT และ EIT",
            CalendarWindowKind.Challenge => "การทักท้วงผลการตรวจ OIT",
            CalendarWindowKind.Results => "การประกาศผลการประเมิน",
            _ => kind.ToString(),
        };
}
