using System.Security.Claims;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// The 6-month (to 31 March) and 12-month (to 30 September) reports: each submitted once, frozen as a snapshot of
/// every measure with its latest update up to the report's date.
/// </summary>
public static class ReportsApi
{
    public static IEndpointRouteBuilder MapReportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/{planId:guid}/reports").WithTags("Reports");
        api.MapGet("/", List);
        api.MapGet("/{period}", Get);
        api.MapPost("/", Submit);
        return app;
    }

    public static async Task<IResult> List(Guid planId, ClaimsPrincipal user, MeasureTrackingDbContext db, CancellationToken ct)
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied) return denied;
        var reports = await db.Reports.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(ct);
        return TypedResults.Ok(reports.OrderBy(r => r.Period).Select(ReportResponse.From).ToList());
    }

    public static async Task<IResult> Get(Guid planId, ReportPeriod period, ClaimsPrincipal user, MeasureTrackingDbContext db, CancellationToken ct)
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied) return denied;
        var report = await db.Reports.AsNoTracking().FirstOrDefaultAsync(r => r.PlanId == planId && r.Period == period, ct);
        return report is null
            ? ApiProblems.NotFound($"ยังไม่มีรายงานรอบ {(int)period} เดือนของแผน {planId} / No such report.")
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
        var signatories = new List<Signatory>();
        if (request.Signatories is not { Count: > 0 })
            errors.Add("signatories", "ต้องระบุผู้ลงนามในบันทึกข้อความอย่างน้อย ๑ คน เรียงจากผู้จัดทำถึงผู้บริหาร (signatories) / At least one signatory is required.");
        foreach (var (s, i) in (request.Signatories ?? []).Select((s, i) => (s, i)))
        {
            var name = errors.Required($"signatories[{i}].name", s?.Name, "ชื่อผู้ลงนาม", 200);
            var position = errors.Required($"signatories[{i}].position", s?.Position, "ตำแหน่งผู้ลงนาม", 300);
            var acting = errors.Optional($"signatories[{i}].actingFor", s?.ActingFor, "การปฏิบัติหน้าที่แทน", 300);
            signatories.Add(new Signatory { Name = name, Position = position, ActingFor = acting.Length == 0 ? null : acting });
        }
        if (errors.Any) return ApiProblems.Invalid(errors.ByField);

        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        if (plan.Status != PlanStatus.Published)
            return ApiProblems.NotAllowed($"ส่งรายงานได้เฉพาะแผนที่ประกาศแล้ว แผนนี้{ApiProblems.Thai(plan.Status)} / Reports are submitted for a published plan.", plan);
        if (await db.Reports.AnyAsync(r => r.PlanId == planId && r.Period == period, ct))
            return ApiProblems.Conflict("period", $"ส่งรายงานรอบ {ThaiText.Digits((int)period)} เดือนของแผนนี้ไปแล้ว รายงานที่ส่งแล้วแก้ไขไม่ได้ (period) / This report was already submitted.");

        var asOf = ReportDeadlines.AsOf(plan.PlanFiscalYear, period);
        // A report says how things stood on its last day; sent earlier it would claim days it never saw.
        if (time.Today() < asOf)
            return ApiProblems.Conflict("period", $"ส่งรายงานรอบ {ThaiText.Digits((int)period)} เดือนได้ตั้งแต่วันที่ {ThaiText.Date(asOf)} (period) / The report can be submitted from {asOf:yyyy-MM-dd}.");
        var now = time.UtcNow();
        var report = new ProgressReport
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Period = period, AsOf = asOf, Signatories = signatories,
            SubmittedBy = CurrentUser.Id(http), SubmittedAtUtc = now,
            Entries = plan.Measures.OrderBy(m => m.Order).Select(m => new ProgressReportEntry
            {
                Measure = PlannedMeasures.From(m),
                Progress = PlannedMeasures.Latest(m.Progress, asOf) is { } latest ? PlannedMeasures.From(latest) : null,
            }).ToList(),
        };
        db.Reports.Add(report);
        AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "report", report.Id.ToString(), "submitted",
            [new AuditChange("period", null, period.ToString()), new AuditChange("asOf", null, asOf.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
             new AuditChange("signatories", null, AuditTrail.Json(signatories))], report.SubmittedBy, now);
        db.Publish(new ProgressReportSubmitted
        {
            ReportId = report.Id, PlanId = plan.Id, Organisation = PlannedMeasures.Organisation(plan),
            AssessedFiscalYear = plan.AssessedFiscalYear, PlanFiscalYear = plan.PlanFiscalYear, Period = period, AsOf = asOf,
            Entries = report.Entries, Signatories = signatories, SubmittedBy = report.SubmittedBy, SubmittedAtUtc = now,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // Two submissions at once: the unique (plan, period) key let the first one in.
            return ApiProblems.Conflict("period", $"ส่งรายงานรอบ {ThaiText.Digits((int)period)} เดือนของแผนนี้ไปแล้ว (period) / This report was already submitted.");
        }
        return TypedResults.Created($"/api/plans/{plan.Id}/reports/{period}", ReportResponse.From(report));
    }
}
