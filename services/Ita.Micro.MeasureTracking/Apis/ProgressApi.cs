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

/// <summary>Dated progress updates of a measure, reported once the plan is approved and until it is closed.</summary>
public static class ProgressApi
{
    public static IEndpointRouteBuilder MapProgressApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/{planId:guid}/measures/{measureId:guid}/progress").WithTags("Progress");
        api.MapGet("/", List);
        api.MapPost("/", Report);
        api.MapPut("/{progressId:guid}", Correct);
        return app;
    }

    public static async Task<IResult> List(Guid planId, Guid measureId, ClaimsPrincipal user, MeasureTrackingDbContext db, CancellationToken ct)
    {
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Read(user, plan) is { } denied) return denied;
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null) return PlanStore.MeasureNotFound(measureId);
        return TypedResults.Ok(measure.Progress.OrderBy(p => p.ReportedOn).ThenBy(p => p.RecordedAtUtc).Select(ProgressResponse.From).ToList());
    }

    public static async Task<IResult> Report(Guid planId, Guid measureId, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<ProgressRequest>(http.Request, ct);
        if (problem is not null) return problem;
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null) return PlanStore.MeasureNotFound(measureId);
        if (Refused(plan) is { } refused) return refused;

        var errors = new ValidationErrors();
        var input = ProgressValidator.Validate(request!, plan.PlanFiscalYear, time.Today(), errors);
        if (input is null) return ApiProblems.Invalid(errors.ByField);

        var now = time.UtcNow();
        var update = new ProgressUpdate { Id = Guid.NewGuid(), MeasureId = measure.Id, Output = "", ReportedBy = CurrentUser.Id(http), RecordedAtUtc = now };
        ProgressValidator.Apply(update, input);
        measure.Progress.Add(update);
        db.ProgressUpdates.Add(update);
        measure.Status = Latest(measure);
        AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "progress", update.Id.ToString(), "created",
            AuditTrail.Created(AuditTrail.Fields(update)), update.ReportedBy, now);
        PublishReported(db, plan, measure, update, now);
        await EvidenceFeed.SyncAsync(db, plan, measure, update, now, ct);
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = Versions.ETag(update.Version);
        return TypedResults.Created($"/api/plans/{plan.Id}/measures/{measure.Id}/progress/{update.Id}", ProgressResponse.From(update));
    }

    /// <summary>Corrects an update. A report already submitted keeps what it held: it is a snapshot, not a view.</summary>
    public static async Task<IResult> Correct(Guid planId, Guid measureId, Guid progressId, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db,
        TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<ProgressRequest>(http.Request, ct);
        if (problem is not null) return problem;
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null) return PlanStore.MeasureNotFound(measureId);
        var update = measure.Progress.FirstOrDefault(p => p.Id == progressId);
        if (update is null) return ApiProblems.NotFound($"ไม่พบรายงานความก้าวหน้า {progressId} / Progress update {progressId} not found.");
        if (Refused(plan) is { } refused) return refused;

        var errors = new ValidationErrors();
        var version = Versions.Read(request!.Version, http.Request);
        if (version is null) errors.Add("version", Versions.Missing);
        var input = ProgressValidator.Validate(request, plan.PlanFiscalYear, time.Today(), errors);
        if (input is null || errors.Any) return ApiProblems.Invalid(errors.ByField);
        if (update.Version != version) return ApiProblems.StaleVersion("รายงานความก้าวหน้า", version!.Value, update.Version);

        var before = AuditTrail.Fields(update);
        ProgressValidator.Apply(update, input);
        var changes = AuditTrail.Diff(before, AuditTrail.Fields(update));
        var now = time.UtcNow();
        if (changes.Count > 0)
        {
            update.Version++;
            measure.Status = Latest(measure);
            AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "progress", update.Id.ToString(), "updated", changes, CurrentUser.Id(http), now);
            PublishReported(db, plan, measure, update, now);
            await EvidenceFeed.SyncAsync(db, plan, measure, update, now, ct);
        }
        if (!await PlanStore.TrySaveAsync(db, ct))
        {
            var current = await db.ProgressUpdates.Where(p => p.Id == progressId).Select(p => p.Version).FirstAsync(ct);
            return ApiProblems.StaleVersion("รายงานความก้าวหน้า", version!.Value, current);
        }
        http.Response.Headers.ETag = Versions.ETag(update.Version);
        return TypedResults.Ok(ProgressResponse.From(update));
    }

    private static IResult? Refused(ImprovementPlan plan) => plan.Status is PlanStatus.Approved or PlanStatus.Published
        ? null
        : ApiProblems.NotAllowed(plan.Status == PlanStatus.Draft
            ? "รายงานความก้าวหน้าได้เมื่อแผนได้รับอนุมัติแล้ว แผนนี้ยังเป็นร่าง / Progress is reported once the plan is approved."
            : "แผนนี้ปิดแล้ว รายงานหรือแก้ไขความก้าวหน้าไม่ได้ / The plan is closed.", plan);

    private static MeasureStatus Latest(Measure measure) =>
        PlannedMeasures.Latest(measure.Progress, DateOnly.MaxValue)?.Status ?? MeasureStatus.NotStarted;

    private static void PublishReported(MeasureTrackingDbContext db, ImprovementPlan plan, Measure measure, ProgressUpdate update, DateTime now) =>
        db.Publish(new MeasureProgressReported
        {
            PlanId = plan.Id, Organisation = PlannedMeasures.Organisation(plan), PlanFiscalYear = plan.PlanFiscalYear,
            Measure = PlannedMeasures.From(measure), Progress = PlannedMeasures.From(update), ReportedAtUtc = now,
        });
}
