using System.Security.Claims;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// NACC's assessment calendar of a fiscal year as data: every person reads it; national admins replace it, each time
/// as a new version with who, when and why, the earlier versions kept as its history.
/// </summary>
public static class CalendarApi
{
    public static IEndpointRouteBuilder MapCalendarApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/calendar/{fiscalYear:int}").WithTags("Calendar");
        api.MapGet("/", Get);
        api.MapPut("/", Replace).RequireAuthorization(ItaPolicies.NationalAdmin);
        api.MapGet("/history", History);
        return app;
    }

    public static async Task<IResult> Get(
        int fiscalYear,
        MeasureTrackingDbContext db,
        HttpContext http,
        CancellationToken ct
    )
    {
        var current = await CalendarStore.CurrentAsync(db, fiscalYear, ct);
        if (current is null)
            return NotSet(fiscalYear);
        http.Response.Headers.ETag = Versions.ETag(current.Version);
        return TypedResults.Ok(CalendarResponse.From(current));
    }

    public static async Task<IResult> History(int fiscalYear, MeasureTrackingDbContext db, CancellationToken ct)
    {
        var versions = await db
            .Calendars.AsNoTracking()
            .Where(c => c.FiscalYear == fiscalYear)
            .OrderByDescending(c => c.Version)
            .ToListAsync(ct);
        return TypedResults.Ok(versions.Select(CalendarResponse.From).ToList());
    }

    public static async Task<IResult> Replace(
        int fiscalYear,
        ClaimsPrincipal user,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<CalendarRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var errors = new ValidationErrors();
        if (!FiscalYears.IsValid(fiscalYear))
            errors.Add("fiscalYear", FiscalYears.Message(time));
        var version = Versions.Read(request!.Version, http.Request);
        if (version is null)
            errors.Add("version", Versions.Missing + " (0 เมื่อยังไม่เคยกำหนด)");
        var windows = CalendarValidator.Validate(request, fiscalYear, errors, out var reason);
        if (windows is null || errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var current = await CalendarStore.CurrentAsync(db, fiscalYear, ct);
        var currentVersion = current?.Version ?? 0;
        if (currentVersion != version)
            return ApiProblems.StaleVersion("ปฏิทินการประเมิน", version!.Value, currentVersion);
        var revision = new CalendarRevision
        {
            FiscalYear = fiscalYear,
            Version = currentVersion + 1,
            Windows = windows,
            Reason = reason,
            ChangedBy = CurrentUser.Id(http),
            ChangedAtUtc = time.UtcNow(),
        };
        db.Calendars.Add(revision);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Another admin saved the same version first: (year, version) is the key.
            db.ChangeTracker.Clear();
            var now = (await CalendarStore.CurrentAsync(db, fiscalYear, ct))?.Version ?? 0;
            return ApiProblems.StaleVersion("ปฏิทินการประเมิน", version!.Value, now);
        }
        http.Response.Headers.ETag = Versions.ETag(revision.Version);
        return TypedResults.Ok(CalendarResponse.From(revision));
    }

    private static IResult NotSet(int fiscalYear) =>
        ApiProblems.NotFound(
            $"ยังไม่ได้กำหนดปฏิทินการประเมินของปีงบประมาณ {fiscalYear} / No assessment calendar set for fiscal year {fiscalYear}."
        );
}
