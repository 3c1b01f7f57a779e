using System.Globalization;
using System.Security.Claims;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// The 6-month (to 31 March) and 12-month (to 30 September) reports: each submitted once, frozen as a snapshot of
/// every measure with its latest update and all its evidence up to the report's date. A mistake is corrected by a
/// report that supersedes it: the earlier one is kept, marked with who replaced it, when, why and by which report.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/{planId:guid}/reports").WithTags("Reports");
        api.MapGet("/", List);
        api.MapGet("/{period}", Get);
        api.MapPost("/", Submit);
        api.MapPost("/{reportId:guid}/supersede", Supersede);
        return app;
    }

    /// <summary>Every report of the plan, current and superseded, by period and revision.</summary>
    public static async Task<IResult> List(
        Guid planId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        CancellationToken ct
    )
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied)
            return denied;
        var reports = await db.Reports.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(ct);
        return TypedResults.Ok(
            reports.OrderBy(r => r.Period).ThenBy(r => r.Revision).Select(ReportResponse.From).ToList()
        );
    }

    /// <summary>The period's current report (the latest correction, if any).</summary>
    public static async Task<IResult> Get(
        Guid planId,
        ReportPeriod period,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        CancellationToken ct
    )
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied)
            return denied;
        var report = await db
            .Reports.AsNoTracking()
            .FirstOrDefaultAsync(r => r.PlanId == planId && r.Period == period && r.SupersededBy == null, ct);
        return report is null
            ? ApiProblems.NotFound(
                $"ยังไม่มีรายงานรอบ {ThaiText.Integer((int)period, thaiDigits: true)} เดือนของแผน {planId} / No such report."
            )
            : TypedResults.Ok(ReportResponse.From(report));
    }

    public static async Task<IResult> Submit(
        Guid planId,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<SubmitReportRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var errors = new ValidationErrors();
        if (request!.Period is not { } period || !Enum.IsDefined(period))
        {
            errors.Add(
                "period",
                "ต้องระบุรอบรายงาน: SixMonths (รอบ ๖ เดือน) หรือ TwelveMonths (รอบ ๑๒ เดือน) (period) / period is required."
            );
            period = ReportPeriod.SixMonths;
        }
        var input = ReportValidator.Read(errors, request.Signatories, request.OriginatingUnit, request.DocumentNumber);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var (context, denied) = await PlanRequest.OpenAsync(planId, PlanAccess.Write, http, db, time, ct);
        if (context is null)
            return denied!;
        var plan = context.Plan;
        var submitted = await db.Reports.Where(r => r.PlanId == planId).Select(r => r.Period).ToListAsync(ct);
        // Asked before the memo's unit is checked against the organisation's: a report that cannot be sent now
        // answers so, whatever unit it names.
        if (plan.CheckReportSubmission(period, submitted, context.Today) is { } notNow)
            return ApiProblems.Refused(notNow);
        var settings = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var unit = ReportValidator.Unit(errors, input.OriginatingUnit, settings.Units);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var memo = new ReportMemo(input.Signatories, unit, settings.DocumentPrefix, input.DocumentNumber);
        var (report, refused) = plan.SubmitReport(period, submitted, context.Today, memo, context.Who, time.UtcNow());
        if (report is null)
            return ApiProblems.Refused(refused!);
        Record(db, plan, report, []);
        if (!await TrySaveAsync(db, ct))
            return ApiProblems.Refused(ImprovementPlan.ReportAlreadySubmitted(period));
        return TypedResults.Created($"/api/plans/{plan.Id}/reports/{period}", ReportResponse.From(report));
    }

    /// <summary>
    /// Replaces the period's current report with a corrected one: the progress taken again up to the period's last
    /// day, the memo's signatories, unit and number as given. The earlier report stays, marked superseded.
    /// </summary>
    public static async Task<IResult> Supersede(
        Guid planId,
        Guid reportId,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<SupersedeReportRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var errors = new ValidationErrors();
        var reason = errors.Required("reason", request!.Reason, "เหตุผลที่แก้ไขรายงาน", 1000);
        var input = ReportValidator.Read(errors, request.Signatories, request.OriginatingUnit, request.DocumentNumber);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var (context, denied) = await PlanRequest.OpenAsync(planId, PlanAccess.Write, http, db, time, ct);
        if (context is null)
            return denied!;
        var plan = context.Plan;
        var earlier = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId && r.PlanId == planId, ct);
        if (earlier is null)
            return ApiProblems.NotFound(
                $"ไม่พบรายงาน {reportId} ของแผนนี้ / Report {reportId} not found in this plan."
            );
        if (plan.CheckReportCorrection(earlier) is { } notNow)
            return ApiProblems.Refused(notNow);
        var settings = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var unit = ReportValidator.Unit(errors, input.OriginatingUnit, settings.Units);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var now = time.UtcNow();
        var memo = new ReportMemo(input.Signatories, unit, settings.DocumentPrefix, input.DocumentNumber);
        var (report, refused) = plan.SupersedeReport(earlier, reason, memo, context.Who, now);
        if (report is null)
            return ApiProblems.Refused(refused!);
        context.Audit(
            "report",
            earlier.Id,
            "superseded",
            [new AuditChange("supersededBy", null, report.Id.ToString()), new AuditChange("reason", null, reason)],
            now
        );
        Record(
            db,
            plan,
            report,
            [new AuditChange("supersedes", null, earlier.Id.ToString()), new AuditChange("reason", null, reason)]
        );
        if (!await TrySaveAsync(db, ct))
            return ApiProblems.Conflict(
                "reportId",
                "รายงานนี้เพิ่งถูกแก้ไขโดยผู้อื่น กรุณาโหลดรายการรายงานใหม่ (reportId) / The report was corrected by someone else just now."
            );
        return TypedResults.Created($"/api/plans/{plan.Id}/reports/{report.Period}", ReportResponse.From(report));
    }

    /// <summary>Adds the report with its audit entry and its event, in one unit of work.</summary>
    private static void Record(
        MeasureTrackingDbContext db,
        ImprovementPlan plan,
        ProgressReport report,
        IReadOnlyList<AuditChange> extra
    )
    {
        db.Reports.Add(report);
        AuditTrail.Add(
            db,
            plan.OrganisationCode,
            plan.Id,
            "report",
            report.Id.ToString(),
            "submitted",
            [
                new AuditChange("period", null, report.Period.ToString()),
                new AuditChange("revision", null, report.Revision.ToString(CultureInfo.InvariantCulture)),
                new AuditChange("asOf", null, report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                new AuditChange("signatories", null, AuditTrail.Json(report.Signatories)),
                new AuditChange("originatingUnit", null, report.OriginatingUnit),
                new AuditChange("documentNumber", null, report.DocumentNumber),
                .. extra,
            ],
            report.SubmittedBy,
            report.SubmittedAtUtc
        );
        db.Publish(
            new ProgressReportSubmitted
            {
                ReportId = report.Id,
                PlanId = plan.Id,
                Organisation = PlannedMeasures.Organisation(plan),
                AssessedFiscalYear = plan.AssessedFiscalYear,
                PlanFiscalYear = plan.PlanFiscalYear,
                Period = report.Period,
                AsOf = report.AsOf,
                Entries = report.Entries,
                Signatories = report.Signatories,
                SubmittedBy = report.SubmittedBy,
                SubmittedAtUtc = report.SubmittedAtUtc,
                Revision = report.Revision,
                Supersedes = report.Supersedes,
                CorrectionReason = report.CorrectionReason,
                OriginatingUnit = report.OriginatingUnit,
                DocumentPrefix = report.DocumentPrefix,
                DocumentNumber = report.DocumentNumber,
            }
        );
    }

    /// <summary>False when a concurrent submission or correction took the same (plan, period, revision) first.</summary>
    private static async Task<bool> TrySaveAsync(MeasureTrackingDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
