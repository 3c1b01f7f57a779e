using System.Security.Claims;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// An organisation's evidence registry for a fiscal year: the URLs it will submit for each OIT item of the year's code
/// book, their checks, and the coverage. Officers of the organisation change it (links taken from progress updates
/// follow their update and are changed there); overseers of its province and national admins read it.
/// </summary>
public static class EvidenceApi
{
    public static IEndpointRouteBuilder MapEvidenceApi(this IEndpointRouteBuilder app)
    {
        var organisation = app.MapGroup("/api/evidence/organisations/{organisationCode}/{fiscalYear:int}")
            .WithTags("Evidence");
        organisation.MapGet("/", GetForOrganisation);
        organisation.MapPost("/links", Add);
        organisation.MapPost("/check", CheckOrganisation);
        var links = app.MapGroup("/api/evidence/links/{evidenceId:guid}").WithTags("Evidence");
        links.MapGet("/", Get);
        links.MapPut("/", Update);
        links.MapDelete("/", Remove);
        links.MapGet("/checks", ListChecks);
        links.MapPost("/check", Check);
        return app;
    }

    public static async Task<IResult> GetForOrganisation(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        if (FiscalYears.Invalid(fiscalYear, time) is { } invalid)
            return invalid;
        if (await PlanAccess.ReadOrganisationAsync(user, db, organisationCode, ct) is { } denied)
            return denied;
        var entries = await db
            .Evidence.AsNoTracking()
            .Where(e => e.OrganisationCode == organisationCode && e.FiscalYear == fiscalYear)
            .ToListAsync(ct);
        var items = CoverageCalculator.Items(OitItems.Of(books, fiscalYear), entries);
        var window = CalendarStore.Window(
            await CalendarStore.CurrentAsync(db, fiscalYear, ct),
            CalendarWindowKind.OitSubmission
        );
        int? daysLeft = window is null ? null : window.Closes.DayNumber - time.Today().DayNumber;
        return TypedResults.Ok(
            new OrganisationEvidenceResponse(
                organisationCode,
                fiscalYear,
                books.Find(fiscalYear) is not null,
                window,
                daysLeft,
                items.Count,
                items.Count(i => i.Status == CoverageStatus.Covered),
                items.Count(i => i.Status == CoverageStatus.Unverified),
                items.Count(i => i.Status == CoverageStatus.OnlyBroken),
                items.Count(i => i.Status == CoverageStatus.Missing),
                entries.Count(e => e.State == LinkState.Broken),
                items,
                entries
                    .Where(e => e.ItemCode is null)
                    .OrderBy(e => e.AddedAtUtc)
                    .Select(EvidenceLinkResponse.From)
                    .ToList()
            )
        );
    }

    public static async Task<IResult> Add(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        HttpContext http,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<EvidenceLinkRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        if (FiscalYears.Invalid(fiscalYear, time) is { } invalid)
            return invalid;
        if (await PlanAccess.WriteOrganisationAsync(user, db, organisationCode, ct) is { } denied)
            return denied;
        var errors = new ValidationErrors();
        var input = EvidenceValidator.Validate(
            request!,
            fiscalYear,
            OitItems.Of(books, fiscalYear),
            time.Today(),
            errors
        );
        if (input is null)
            return ApiProblems.Invalid(errors.ByField);
        if (
            await db.Evidence.AnyAsync(
                e =>
                    e.OrganisationCode == organisationCode
                    && e.FiscalYear == fiscalYear
                    && e.ItemCode == input.ItemCode
                    && e.Url == input.Url
                    && e.Source == EvidenceSource.Registered,
                ct
            )
        )
            return ApiProblems.Conflict(
                "url",
                $"ลิงก์นี้ลงทะเบียนไว้สำหรับข้อ {input.ItemCode} แล้ว (url) / This link is already registered for {input.ItemCode}."
            );

        var now = time.UtcNow();
        var entry = new EvidenceEntry
        {
            Id = Guid.NewGuid(),
            OrganisationCode = organisationCode,
            FiscalYear = fiscalYear,
            ItemCode = input.ItemCode,
            Url = input.Url,
            Title = input.Title,
            PublishedOn = input.PublishedOn,
            Source = EvidenceSource.Registered,
            AddedBy = CurrentUser.Id(http),
            AddedAtUtc = now,
            Province = await ProvinceAsync(db, organisationCode, ct),
            NextCheckAtUtc = now,
        };
        db.Evidence.Add(entry);
        AuditTrail.Add(
            db,
            organisationCode,
            null,
            "evidence",
            entry.Id.ToString(),
            "created",
            AuditTrail.Created(Fields(entry)),
            entry.AddedBy,
            now
        );
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = Versions.ETag(entry.Version);
        return TypedResults.Created($"/api/evidence/links/{entry.Id}", EvidenceLinkResponse.From(entry));
    }

    public static async Task<IResult> Get(
        Guid evidenceId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        HttpContext http,
        CancellationToken ct
    )
    {
        var entry = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null || await PlanAccess.ReadOrganisationAsync(user, db, entry.OrganisationCode, ct) is not null)
            return NotFound(evidenceId);
        http.Response.Headers.ETag = Versions.ETag(entry.Version);
        return TypedResults.Ok(EvidenceLinkResponse.From(entry));
    }

    /// <summary>Changes a registered link; a new address starts its checks afresh.</summary>
    public static async Task<IResult> Update(
        Guid evidenceId,
        ClaimsPrincipal user,
        HttpContext http,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<EvidenceLinkRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var entry = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null || await PlanAccess.ReadOrganisationAsync(user, db, entry.OrganisationCode, ct) is not null)
            return NotFound(evidenceId);
        if (await PlanAccess.WriteOrganisationAsync(user, db, entry.OrganisationCode, ct) is { } denied)
            return denied;
        if (FromProgress(entry) is { } refused)
            return refused;
        var errors = new ValidationErrors();
        var version = Versions.Read(request!.Version, http.Request);
        if (version is null)
            errors.Add("version", Versions.Missing);
        var input = EvidenceValidator.Validate(
            request,
            entry.FiscalYear,
            OitItems.Of(books, entry.FiscalYear),
            time.Today(),
            errors
        );
        if (input is null || errors.Any)
            return ApiProblems.Invalid(errors.ByField);
        if (entry.Version != version)
            return ApiProblems.StaleVersion("ลิงก์หลักฐาน", version!.Value, entry.Version);

        var before = Fields(entry);
        if (entry.Url != input.Url)
            Restart(entry, time.UtcNow());
        (entry.ItemCode, entry.Url, entry.Title, entry.PublishedOn) = (
            input.ItemCode,
            input.Url,
            input.Title,
            input.PublishedOn
        );
        var changes = AuditTrail.Diff(before, Fields(entry));
        if (changes.Count > 0)
        {
            entry.Version++;
            AuditTrail.Add(
                db,
                entry.OrganisationCode,
                null,
                "evidence",
                entry.Id.ToString(),
                "updated",
                changes,
                CurrentUser.Id(http),
                time.UtcNow()
            );
        }
        if (!await PlanStore.TrySaveAsync(db, ct))
        {
            var current = await db
                .Evidence.Where(e => e.Id == evidenceId)
                .Select(e => e.Version)
                .FirstOrDefaultAsync(ct);
            return ApiProblems.StaleVersion("ลิงก์หลักฐาน", version!.Value, current);
        }
        http.Response.Headers.ETag = Versions.ETag(entry.Version);
        return TypedResults.Ok(EvidenceLinkResponse.From(entry));
    }

    /// <summary>Removes a registered link and its check history; the version comes in If-Match (or ?version=).</summary>
    public static async Task<IResult> Remove(
        Guid evidenceId,
        int? version,
        ClaimsPrincipal user,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var entry = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null || await PlanAccess.ReadOrganisationAsync(user, db, entry.OrganisationCode, ct) is not null)
            return NotFound(evidenceId);
        if (await PlanAccess.WriteOrganisationAsync(user, db, entry.OrganisationCode, ct) is { } denied)
            return denied;
        if (FromProgress(entry) is { } refused)
            return refused;
        var sent = Versions.Read(version, http.Request);
        if (sent is null)
            return ApiProblems.Invalid("version", Versions.Missing);
        if (entry.Version != sent)
            return ApiProblems.StaleVersion("ลิงก์หลักฐาน", sent.Value, entry.Version);
        db.Evidence.Remove(entry);
        AuditTrail.Add(
            db,
            entry.OrganisationCode,
            null,
            "evidence",
            entry.Id.ToString(),
            "removed",
            AuditTrail.Removed(Fields(entry)),
            CurrentUser.Id(http),
            time.UtcNow()
        );
        if (!await PlanStore.TrySaveAsync(db, ct))
            return ApiProblems.StaleVersion("ลิงก์หลักฐาน", sent.Value, entry.Version + 1);
        return TypedResults.NoContent();
    }

    public static async Task<IResult> ListChecks(
        Guid evidenceId,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        CancellationToken ct
    )
    {
        var entry = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null || await PlanAccess.ReadOrganisationAsync(user, db, entry.OrganisationCode, ct) is not null)
            return NotFound(evidenceId);
        var errors = new ValidationErrors();
        var (number, size) = Paging.Read(page, pageSize, errors);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);
        var checks = db.EvidenceChecks.AsNoTracking().Where(c => c.EvidenceId == evidenceId);
        var total = await checks.CountAsync(ct);
        var items = await checks.OrderByDescending(c => c.Id).Skip((number - 1) * size).Take(size).ToListAsync(ct);
        return TypedResults.Ok(
            new Page<EvidenceCheckResponse>(items.Select(EvidenceCheckResponse.From).ToList(), number, size, total)
        );
    }

    /// <summary>Checks the link now (officers of the organisation, national admins) and answers with the check as recorded.</summary>
    public static async Task<IResult> Check(
        Guid evidenceId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        EvidenceCheckRunner runner,
        CancellationToken ct
    )
    {
        var entry = await db.Evidence.AsNoTracking().FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null || await PlanAccess.ReadOrganisationAsync(user, db, entry.OrganisationCode, ct) is not null)
            return NotFound(evidenceId);
        if (await PlanAccess.WriteOrganisationAsync(user, db, entry.OrganisationCode, ct) is { } denied)
            return denied;
        var check = await runner.CheckNowAsync(evidenceId, ct);
        return check is null
            ? ApiProblems.Conflict(
                "evidenceId",
                "ลิงก์กำลังถูกตรวจอยู่หรือถูกแก้ไขระหว่างตรวจ กรุณาลองอีกครั้ง / The link is being checked already or changed while it was checked; try again."
            )
            : TypedResults.Ok(EvidenceCheckResponse.From(check));
    }

    /// <summary>Queues every link of the organisation's year for a check now; the scheduler runs them (202).</summary>
    public static async Task<IResult> CheckOrganisation(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        EvidenceCheckScheduler scheduler,
        TimeProvider time,
        CancellationToken ct
    )
    {
        if (FiscalYears.Invalid(fiscalYear, time) is { } invalid)
            return invalid;
        if (await PlanAccess.WriteOrganisationAsync(user, db, organisationCode, ct) is { } denied)
            return denied;
        var now = time.UtcNow();
        var queued = await db
            .Evidence.Where(e => e.OrganisationCode == organisationCode && e.FiscalYear == fiscalYear)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.NextCheckAtUtc, now), ct);
        scheduler.Wake();
        return TypedResults.Accepted(
            $"/api/evidence/organisations/{organisationCode}/{fiscalYear}",
            new EvidenceCheckQueued(organisationCode, fiscalYear, queued)
        );
    }

    private static IResult NotFound(Guid evidenceId) =>
        ApiProblems.NotFound($"ไม่พบลิงก์หลักฐาน {evidenceId} / Evidence link {evidenceId} not found.");

    private static IResult? FromProgress(EvidenceEntry entry) =>
        entry.Source == EvidenceSource.Progress
            ? ApiProblems.Conflict(
                "source",
                $"ลิงก์นี้มาจากรายงานความก้าวหน้า {entry.ProgressId} แก้ไขที่รายงานนั้น / This link comes from a progress update: change it there."
            )
            : null;

    private static void Restart(EvidenceEntry e, DateTime now)
    {
        (e.State, e.LastCheckedAtUtc, e.LastStatusCode, e.LastFailure, e.LastDetail) = (
            LinkState.Unchecked,
            null,
            null,
            null,
            null
        );
        (e.FinalUrl, e.ContentType, e.ContentHash, e.ContentChangedAtUtc) = (null, null, null, null);
        (e.FailedChecks, e.FailingSinceUtc, e.NextCheckAtUtc) = (0, null, now);
    }

    private static Dictionary<string, string?> Fields(EvidenceEntry e) =>
        new()
        {
            ["fiscalYear"] = e.FiscalYear.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["itemCode"] = e.ItemCode,
            ["url"] = e.Url,
            ["title"] = e.Title,
            ["publishedOn"] = e.PublishedOn?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        };

    private static Task<string?> ProvinceAsync(
        MeasureTrackingDbContext db,
        string organisationCode,
        CancellationToken ct
    ) =>
        db
            .Plans.AsNoTracking()
            .Where(p => p.OrganisationCode == organisationCode)
            .OrderByDescending(p => p.PlanFiscalYear)
            .Select(p => (string?)p.Province)
            .FirstOrDefaultAsync(ct);
}
