using System.Security.Claims;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
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

    public static async Task<IResult> List(
        Guid planId,
        Guid measureId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        CancellationToken ct
    )
    {
        var (measure, problem) = await PlanStore.MeasureToReadAsync(db, planId, measureId, user, ct);
        if (measure is null)
            return problem!;
        return TypedResults.Ok(
            measure
                .Progress.OrderBy(p => p.ReportedOn)
                .ThenBy(p => p.RecordedAtUtc)
                .Select(ProgressResponse.From)
                .ToList()
        );
    }

    public static async Task<IResult> Report(
        Guid planId,
        Guid measureId,
        HttpContext http,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<ProgressRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var (context, denied) = await PlanRequest.OpenMeasureAsync(planId, measureId, http, db, time, ct);
        if (context is null)
            return denied!;
        var (plan, measure) = (context.Plan, context.Measure!);
        // Asked before the body is validated: a draft or closed plan answers so, whatever was sent.
        if (plan.CheckProgressOpen() is { } closed)
            return ApiProblems.Refused(closed);

        var errors = new ValidationErrors();
        var input = ProgressValidator.Validate(request!, plan.PlanFiscalYear, time.Today(), errors);
        if (input is null)
            return ApiProblems.Invalid(errors.ByField);

        var now = time.UtcNow();
        var update = new ProgressUpdate
        {
            Id = Guid.NewGuid(),
            Output = "",
            ReportedBy = context.Who,
            RecordedAtUtc = now,
        };
        ProgressValidator.Apply(update, input);
        if (plan.RecordProgress(measure, update) is { } refused)
            return ApiProblems.Refused(refused);
        db.ProgressUpdates.Add(update);
        context.Audit("progress", update.Id, "created", AuditTrail.Created(AuditTrail.Fields(update)), now);
        PublishReported(db, plan, measure, update, now);
        await EvidenceFeed.SyncAsync(db, books, plan, measure, update, now, ct);
        await db.SaveChangesAsync(ct);
        http.Response.Headers.ETag = Versions.ETag(update.Version);
        return TypedResults.Created(
            $"/api/plans/{plan.Id}/measures/{measure.Id}/progress/{update.Id}",
            ProgressResponse.From(update)
        );
    }

    /// <summary>
    /// Corrects an update. A report already submitted keeps what it held: it is a snapshot, not a view.
    /// </summary>
    public static async Task<IResult> Correct(
        Guid planId,
        Guid measureId,
        Guid progressId,
        HttpContext http,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<ProgressRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var (context, denied) = await PlanRequest.OpenMeasureAsync(planId, measureId, http, db, time, ct);
        if (context is null)
            return denied!;
        var (plan, measure) = (context.Plan, context.Measure!);
        var update = measure.Progress.FirstOrDefault(p => p.Id == progressId);
        if (update is null)
            return ApiProblems.NotFound(
                $"ไม่พบรายงานความก้าวหน้า {progressId} / Progress update {progressId} not found."
            );
        if (plan.CheckProgressOpen() is { } closed)
            return ApiProblems.Refused(closed);

        var errors = new ValidationErrors();
        var version = Versions.Read(request!.Version, http.Request);
        if (version is null)
            errors.Add("version", Versions.Missing);
        var input = ProgressValidator.Validate(request, plan.PlanFiscalYear, time.Today(), errors);
        if (input is null || errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var (refused, changes) = plan.CorrectProgress(measure, update, version!.Value, input);
        if (refused is not null)
            return ApiProblems.Refused(refused);
        var now = time.UtcNow();
        if (changes.Count > 0)
        {
            context.Audit("progress", update.Id, "updated", changes, now);
            PublishReported(db, plan, measure, update, now);
            await EvidenceFeed.SyncAsync(db, books, plan, measure, update, now, ct);
        }
        if (!await context.TrySaveAsync(ct))
        {
            var current = await db.ProgressUpdates.Where(p => p.Id == progressId).Select(p => p.Version).FirstAsync(ct);
            return ApiProblems.StaleVersion("รายงานความก้าวหน้า", version.Value, current);
        }
        http.Response.Headers.ETag = Versions.ETag(update.Version);
        return TypedResults.Ok(ProgressResponse.From(update));
    }

    private static void PublishReported(
        MeasureTrackingDbContext db,
        ImprovementPlan plan,
        Measure measure,
        ProgressUpdate update,
        DateTime now
    ) =>
        db.Publish(
            new MeasureProgressReported
            {
                PlanId = plan.Id,
                Organisation = PlannedMeasures.Organisation(plan),
                PlanFiscalYear = plan.PlanFiscalYear,
                Measure = PlannedMeasures.From(measure),
                Progress = PlannedMeasures.From(update),
                ReportedAtUtc = now,
            }
        );
}
