using System.Security.Claims;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// Plans: listing and reading them, and their life Draft → Approved → Published → Closed, whose rules are the plan's
/// own (<see cref="ImprovementPlan"/>). Each caller reaches only the plans of its organisations
/// (<see cref="PlanAccess"/>); lists leave the others out.
/// </summary>
public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("Plans");
        api.MapGet("/", List);
        api.MapGet("/organisation-codes", ListOrganisationCodes);
        api.MapGet("/{planId:guid}", Get);
        api.MapGet("/organisations/{organisationCode}", ListForOrganisation);
        // The same list at its first address, kept for callers of it: OpenAPI cannot tell it from /{planId} (the two
        // differ only by the guid constraint), so the document names the address above.
        api.MapGet("/{organisationCode}", ListForOrganisation).ExcludeFromDescription();
        api.MapGet("/{organisationCode}/{planFiscalYear:int}", GetForOrganisation);
        api.MapPost("/{planId:guid}/approve", Approve);
        api.MapPost("/{planId:guid}/publish", Publish);
        api.MapPost("/{planId:guid}/close", Close);
        return app;
    }

    /// <summary>Plans filtered by organisation, province, plan fiscal year and status, a page at a time.</summary>
    /// <param name="organisationCodes">Only these organisations: codes separated by commas, at most a page's worth.</param>
    public static async Task<IResult> List(
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        string? organisationCode,
        string? organisationCodes,
        string? province,
        int? fiscalYear,
        PlanStatus? status,
        int? page,
        int? pageSize,
        CancellationToken ct
    )
    {
        var errors = new ValidationErrors();
        var (pageNumber, size) = Paging.Read(page, pageSize, errors);
        var codes = organisationCodes?.Split(
            ',',
            StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries
        );
        if (codes is { Length: > Paging.MaxPageSize })
            errors.Add(
                "organisationCodes",
                $"organisationCodes มีได้ไม่เกิน {Paging.MaxPageSize} รหัส คั่นด้วยจุลภาค (organisationCodes) / at most {Paging.MaxPageSize} codes, separated by commas."
            );
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var query = db.Plans.AsNoTracking().VisibleTo(user, p => p.OrganisationCode, p => p.Province);
        if (!string.IsNullOrWhiteSpace(organisationCode))
            query = query.Where(p => p.OrganisationCode == organisationCode.Trim());
        if (codes is { Length: > 0 })
            query = query.Where(p => codes.Contains(p.OrganisationCode));
        if (!string.IsNullOrWhiteSpace(province))
            query = query.Where(p => p.Province == province.Trim().Normalize());
        if (fiscalYear is not null)
            query = query.Where(p => p.PlanFiscalYear == fiscalYear);
        if (status is not null)
            query = query.Where(p => p.Status == status);

        var total = await query.CountAsync(ct);
        // Counted in the database: the page reads neither the plans' JSON nor the measures' rows.
        var overdue = OverdueRule.Overdue(time.Today());
        var items = await query
            .OrderBy(p => p.Province)
            .ThenBy(p => p.OrganisationCode)
            .ThenBy(p => p.PlanFiscalYear)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .Select(p => new PlanSummary(
                p.Id,
                p.OrganisationCode,
                p.OrganisationName,
                p.Province,
                p.AssessedFiscalYear,
                p.PlanFiscalYear,
                p.Status,
                p.Version,
                p.Measures.Count,
                p.Measures.AsQueryable().Count(overdue)
            ))
            .ToListAsync(ct);
        return TypedResults.Ok(new Page<PlanSummary>(items, pageNumber, size, total));
    }

    /// <summary>
    /// The codes of the organisations whose plan of a year is in a state (or has an overdue measure), within the
    /// caller's reach: what the portal's organisations table filters the analyses by. Codes only, so that a whole
    /// nation (about 7,850) is one small answer.
    /// </summary>
    /// <param name="overdue">true: only plans with a measure overdue today.</param>
    public static async Task<IResult> ListOrganisationCodes(
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        int fiscalYear,
        string? province,
        PlanStatus? status,
        bool? overdue,
        CancellationToken ct
    )
    {
        var query = db
            .Plans.AsNoTracking()
            .VisibleTo(user, p => p.OrganisationCode, p => p.Province)
            .Where(p => p.PlanFiscalYear == fiscalYear);
        if (!string.IsNullOrWhiteSpace(province))
            query = query.Where(p => p.Province == province.Trim().Normalize());
        if (status is not null)
            query = query.Where(p => p.Status == status);
        if (overdue == true)
        {
            var late = db.Measures.AsNoTracking().Where(OverdueRule.Overdue(time.Today()));
            query = query.Where(p => late.Any(m => m.PlanId == p.Id));
        }
        var codes = await query.Select(p => p.OrganisationCode).Distinct().OrderBy(c => c).ToListAsync(ct);
        return TypedResults.Ok(codes);
    }

    public static async Task<IResult> Get(
        Guid planId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        HttpContext http,
        CancellationToken ct
    )
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Measures).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
            return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Read(user, plan) is { } denied)
            return denied;
        http.Response.Headers.ETag = Versions.ETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan, time.Today()));
    }

    public static async Task<IResult> ListForOrganisation(
        string organisationCode,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var plans = await db
            .Plans.AsNoTracking()
            .Include(p => p.Measures)
            .Where(p => p.OrganisationCode == organisationCode)
            .OrderBy(p => p.PlanFiscalYear)
            .ToListAsync(ct);
        if (
            plans.Any(p => !OrganisationAccess.CanRead(user, p.OrganisationCode, p.Province))
            || (plans.Count == 0 && !OrganisationAccess.CanRead(user, organisationCode, null))
        )
            return PlanStore.OrganisationNotFound();
        var today = time.Today();
        return TypedResults.Ok(plans.Select(p => PlanResponse.From(p, today)).ToList());
    }

    /// <param name="planFiscalYear">The fiscal year the measures run in (the assessed year + 1).</param>
    public static async Task<IResult> GetForOrganisation(
        string organisationCode,
        int planFiscalYear,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        HttpContext http,
        CancellationToken ct
    )
    {
        var plan = await db
            .Plans.AsNoTracking()
            .Include(p => p.Measures)
            .FirstOrDefaultAsync(p => p.OrganisationCode == organisationCode && p.PlanFiscalYear == planFiscalYear, ct);
        if (plan is null || !OrganisationAccess.CanRead(user, plan.OrganisationCode, plan.Province))
            return ApiProblems.NotFound($"ไม่พบแผนพัฒนาขององค์กรนี้ ปีงบประมาณ {planFiscalYear} / No such plan.");
        http.Response.Headers.ETag = Versions.ETag(plan.Version);
        return TypedResults.Ok(PlanResponse.From(plan, time.Today()));
    }

    public static async Task<IResult> Approve(
        Guid planId,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<ApproveRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var errors = new ValidationErrors();
        var version = Versions.Read(request!.Version, http.Request);
        if (version is null)
            errors.Add("version", Versions.Missing);
        var name = errors.Required("approver.name", request.Approver?.Name, "ชื่อผู้อนุมัติ", 200);
        var position = errors.Required("approver.position", request.Approver?.Position, "ตำแหน่งผู้อนุมัติ", 300);
        var acting = errors.Optional("approver.actingFor", request.Approver?.ActingFor, "การปฏิบัติหน้าที่แทน", 300);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var (context, denied) = await PlanRequest.OpenAsync(planId, PlanAccess.Approve, http, db, time, ct);
        if (context is null)
            return denied!;
        var plan = context.Plan;
        var approval = new PlanApproval(
            name,
            position,
            acting.Length == 0 ? null : acting,
            request.SignedOn ?? context.Today
        );
        var now = time.UtcNow();
        if (plan.Approve(version!.Value, approval, context.Today, context.Who, now) is { } refused)
            return ApiProblems.Refused(refused);

        context.AuditPlan("approved", now);
        db.Publish(
            new ImprovementPlanApproved
            {
                PlanId = plan.Id,
                PlanVersion = plan.Version,
                Organisation = PlannedMeasures.Organisation(plan),
                AssessedFiscalYear = plan.AssessedFiscalYear,
                PlanFiscalYear = plan.PlanFiscalYear,
                Approver = PlannedMeasures.Approver(plan)!,
                Measures = PlannedMeasures.Of(plan),
                ApprovedAtUtc = now,
                ApprovedOn = approval.SignedOn,
            }
        );
        return await context.SavedPlanAsync(ct);
    }

    public static async Task<IResult> Publish(
        Guid planId,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, version, problem) = await Versions.ReadBodyAsync<PublishRequest>(
            http.Request,
            r => r.Version,
            ct
        );
        if (problem is not null)
            return problem;

        var (context, denied) = await PlanRequest.OpenAsync(planId, PlanAccess.Write, http, db, time, ct);
        if (context is null)
            return denied!;
        var plan = context.Plan;
        var now = time.UtcNow();
        var announcedOn = request!.AnnouncedOn ?? context.Today;
        if (plan.Publish(version, announcedOn, context.Today, context.Who, now) is { } refused)
            return ApiProblems.Refused(refused);

        context.AuditPlan("published", now);
        db.Publish(
            new ImprovementPlanPublished
            {
                PlanId = plan.Id,
                PlanVersion = plan.Version,
                Organisation = PlannedMeasures.Organisation(plan),
                AssessedFiscalYear = plan.AssessedFiscalYear,
                PlanFiscalYear = plan.PlanFiscalYear,
                Signatory = PlannedMeasures.Approver(plan)!,
                Measures = PlannedMeasures.Of(plan),
                AnnouncedOn = announcedOn,
                PublishedBy = context.Who,
                PublishedAtUtc = now,
            }
        );
        return await context.SavedPlanAsync(ct);
    }

    public static async Task<IResult> Close(
        Guid planId,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, version, problem) = await Versions.ReadBodyAsync<VersionRequest>(
            http.Request,
            r => r.Version,
            ct
        );
        if (problem is not null)
            return problem;

        var (context, denied) = await PlanRequest.OpenAsync(planId, PlanAccess.Write, http, db, time, ct);
        if (context is null)
            return denied!;
        var now = time.UtcNow();
        if (context.Plan.Close(version, context.Who, now) is { } refused)
            return ApiProblems.Refused(refused);

        context.AuditPlan("closed", now);
        return await context.SavedPlanAsync(ct);
    }
}
