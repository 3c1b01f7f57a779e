using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>The assessment calendar in force for a fiscal year: its highest version, or none until an admin sets one.</summary>
public static class CalendarStore
{
    public static Task<CalendarRevision?> CurrentAsync(
        MeasureTrackingDbContext db,
        int fiscalYear,
        CancellationToken ct
    ) =>
        db
            .Calendars.AsNoTracking()
            .Where(c => c.FiscalYear == fiscalYear)
            .OrderByDescending(c => c.Version)
            .FirstOrDefaultAsync(ct);

    public static CalendarWindow? Window(CalendarRevision? calendar, CalendarWindowKind kind) =>
        calendar?.Windows.FirstOrDefault(w => w.Kind == kind);
}
