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
    public static async Task<IResult> List(Guid planId, ClaimsPrincipal user, MeasureTrackingDbContext db, CancellationToken ct)
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied) return denied;
        var reports = await db.Reports.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(ct);
        return TypedResults.Ok(reports.OrderBy(r => r.Period).ThenBy(r => r.Revision).Select(ReportResponse.From).ToList());
    }

    /// <summary>The period's current report (the latest correction, if any).</summary>
    public static async Task<IResult> Get(Guid planId, ReportPeriod period, ClaimsPrincipal user, MeasureTrackingDbContext db, CancellationToken ct)
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied) return denied;
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == planId && r.Period == period && r.SupersededBy == null, ct);
        return report is null
            ? ApiProblems.NotFound($"ยังไม่มีรายงานรอบ {ThaiText.Integer((int)period, thaiDigits: true)} เดือนของแผน {planId} / No such report.")
            : TypedResults.Ok(ReportResponse.From(report));
    }

    public static async Task<IResult> Submit(Guid planId, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<SubmitReportRequest>(http.Request, ct);
        if (problem is not null) return problem;
        var errors = new ValidationErrors();
        if (request!.Period is not { } period || !Enum.IsDefined(period))
        {
            errors.Add("period", "ต้องระบุรอบรายงาน: SixMonths (รอบ ๖ เดือน) หรือ TwelveMonths (รอบ ๑๒ เดือน) (period) / period is required.");
            period = ReportPeriod.SixMonths;
        }
        var input = ReportValidator.Read(errors, request.Signatories, request.OriginatingUnit, request.DocumentNumber);
        if (errors.Any) return ApiProblems.Invalid(errors.ByField);

        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        if (plan.Status != PlanStatus.Published)
            return ApiProblems.NotAllowed($"ส่งรายงานได้เฉพาะแผนที่ประกาศแล้ว แผนนี้{ApiProblems.Thai(plan.Status)} / Reports are submitted for a published plan.", plan);
        if (await db.Reports.AnyAsync(r => r.PlanId == planId && r.Period == period, ct))
            return AlreadySubmitted(period);

        var asOf = ReportDeadlines.AsOf(plan.PlanFiscalYear, period);
        // A report says how things stood on its last day; sent earlier it would claim days it never saw.
        if (time.Today() < asOf)
            return ApiProblems.Conflict("period", $"ส่งรายงานรอบ {ThaiText.Integer((int)period, thaiDigits: true)} เดือนได้ตั้งแต่วันที่ {ThaiText.Date(asOf, thaiDigits: true)} (period) / The report can be submitted from {asOf:yyyy-MM-dd}.");
        var settings = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var unit = ReportValidator.Unit(errors, input.OriginatingUnit, settings.Units);
        if (errors.Any) return ApiProblems.Invalid(errors.ByField);

        var report = New(plan, period, 1, input, unit, settings.DocumentPrefix, CurrentUser.Id(http), time.UtcNow());
        Record(db, plan, report, []);
        if (!await TrySaveAsync(db, ct)) return AlreadySubmitted(period);
        return TypedResults.Created($"/api/plans/{plan.Id}/reports/{period}", ReportResponse.From(report));
    }

    /// <summary>
    /// Replaces the period's current report with a corrected one: the progress taken again up to the period's last day,
    /// the memo's signatories, unit and number as given. The earlier report stays, marked superseded.
    /// </summary>
    public static async Task<IResult> Supersede(Guid planId, Guid reportId, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<SupersedeReportRequest>(http.Request, ct);
        if (problem is not null) return problem;
        var errors = new ValidationErrors();
        var reason = errors.Required("reason", request!.Reason, "เหตุผลที่แก้ไขรายงาน", 1000);
        var input = ReportValidator.Read(errors, request.Signatories, request.OriginatingUnit, request.DocumentNumber);
        if (errors.Any) return ApiProblems.Invalid(errors.ByField);

        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        var earlier = await db.Reports.FirstOrDefaultAsync(r => r.Id == reportId && r.PlanId == planId, ct);
        if (earlier is null)
            return ApiProblems.NotFound($"ไม่พบรายงาน {reportId} ของแผนนี้ / Report {reportId} not found in this plan.");
        // A correction is not new reporting: a closed plan's report can still be put right.
        if (plan.Status is not (PlanStatus.Published or PlanStatus.Closed))
            return ApiProblems.NotAllowed($"แก้ไขรายงานได้เฉพาะแผนที่ประกาศหรือปิดแล้ว แผนนี้{ApiProblems.Thai(plan.Status)} / Reports are corrected for a published or closed plan.", plan);
        if (earlier.SupersededBy is { } by)
            return ApiProblems.Conflict("reportId", $"รายงานนี้ถูกแทนที่ด้วยรายงาน {by} แล้ว ให้แก้ไขรายงานฉบับปัจจุบัน (reportId) / This report was already superseded by {by}; correct the current one.");
        var settings = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var unit = ReportValidator.Unit(errors, input.OriginatingUnit, settings.Units);
        if (errors.Any) return ApiProblems.Invalid(errors.ByField);

        var who = CurrentUser.Id(http);
        var now = time.UtcNow();
        var report = New(plan, earlier.Period, earlier.Revision + 1, input, unit, settings.DocumentPrefix, who, now);
        report.Supersedes = earlier.Id;
        report.CorrectionReason = reason;
        earlier.SupersededBy = report.Id;
        earlier.SupersededByUser = who;
        earlier.SupersededAtUtc = now;
        earlier.SupersededReason = reason;
        AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "report", earlier.Id.ToString(), "superseded",
            [new AuditChange("supersededBy", null, report.Id.ToString()), new AuditChange("reason", null, reason)], who, now);
        Record(db, plan, report, [new AuditChange("supersedes", null, earlier.Id.ToString()), new AuditChange("reason", null, reason)]);
        if (!await TrySaveAsync(db, ct))
            return ApiProblems.Conflict("reportId", "รายงานนี้เพิ่งถูกแก้ไขโดยผู้อื่น กรุณาโหลดรายการรายงานใหม่ (reportId) / The report was corrected by someone else just now.");
        return TypedResults.Created($"/api/plans/{plan.Id}/reports/{report.Period}", ReportResponse.From(report));
    }

    private static ProgressReport New(ImprovementPlan plan, ReportPeriod period, int revision, ReportInput input, string? unit, string? prefix,
        string who, DateTime now)
    {
        var asOf = ReportDeadlines.AsOf(plan.PlanFiscalYear, period);
        return new ProgressReport
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Period = period, Revision = revision, AsOf = asOf,
            Entries = ReportSnapshot.Entries(plan, asOf), Signatories = [.. input.Signatories],
            OriginatingUnit = unit, DocumentPrefix = prefix, DocumentNumber = input.DocumentNumber,
            SubmittedBy = who, SubmittedAtUtc = now,
        };
    }

    /// <summary>Adds the report with its audit entry and its event, in one unit of work.</summary>
    private static void Record(MeasureTrackingDbContext db, ImprovementPlan plan, ProgressReport report, IReadOnlyList<AuditChange> extra)
    {
        db.Reports.Add(report);
        AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "report", report.Id.ToString(), "submitted",
            [new AuditChange("period", null, report.Period.ToString()), new AuditChange("revision", null, report.Revision.ToString(CultureInfo.InvariantCulture)),
             new AuditChange("asOf", null, report.AsOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
             new AuditChange("signatories", null, AuditTrail.Json(report.Signatories)),
             new AuditChange("originatingUnit", null, report.OriginatingUnit), new AuditChange("documentNumber", null, report.DocumentNumber),
             .. extra], report.SubmittedBy, report.SubmittedAtUtc);
        db.Publish(new ProgressReportSubmitted
        {
            ReportId = report.Id, PlanId = plan.Id, Organisation = PlannedMeasures.Organisation(plan),
            AssessedFiscalYear = plan.AssessedFiscalYear, PlanFiscalYear = plan.PlanFiscalYear, Period = report.Period, AsOf = report.AsOf,
            Entries = report.Entries, Signatories = report.Signatories, SubmittedBy = report.SubmittedBy, SubmittedAtUtc = report.SubmittedAtUtc,
            Revision = report.Revision, Supersedes = report.Supersedes, CorrectionReason = report.CorrectionReason,
            OriginatingUnit = report.OriginatingUnit, DocumentPrefix = report.DocumentPrefix, DocumentNumber = report.DocumentNumber,
        });
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

    private static IResult AlreadySubmitted(ReportPeriod period) =>
        ApiProblems.Conflict("period", $"ส่งรายงานรอบ {ThaiText.Integer((int)period, thaiDigits: true)} เดือนของแผนนี้ไปแล้ว หากต้องแก้ไข ให้ส่งรายงานฉบับแก้ไขแทนที่ (POST …/reports/{{reportId}}/supersede) (period) / " +
            "This report was already submitted; correct it with a superseding report.");
}
