using System.Security.Claims;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>Officers' edits of a draft plan's measures: add, change, remove. An approved plan's measures are fixed.</summary>
public static class MeasuresApi
{
    public static IEndpointRouteBuilder MapMeasuresApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/{planId:guid}/measures").WithTags("Measures");
        api.MapGet("/{measureId:guid}", Get);
        api.MapPost("/", Add);
        api.MapPut("/{measureId:guid}", Update);
        api.MapDelete("/{measureId:guid}", Remove);
        return app;
    }

    public static async Task<IResult> Get(
        Guid planId,
        Guid measureId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        HttpContext http,
        CancellationToken ct
    )
    {
        var (measure, problem) = await PlanStore.MeasureToReadAsync(db, planId, measureId, user, ct);
        if (measure is null)
            return problem!;
        http.Response.Headers.ETag = Versions.ETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure, time.Today()));
    }

    public static async Task<IResult> Add(
        Guid planId,
        HttpContext http,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<MeasureRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var (context, denied) = await PlanRequest.OpenAsync(planId, PlanAccess.Write, http, db, time, ct);
        if (context is null)
            return denied!;
        var plan = context.Plan;
        // Asked before the body is validated: a plan whose measures are fixed answers so, whatever was sent.
        if (plan.CheckMeasuresEditable() is { } locked)
            return ApiProblems.Refused(locked);

        var errors = new ValidationErrors();
        var units = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var input = MeasureValidator.Validate(request!, plan, units.Units, books, errors);
        if (input is null)
            return ApiProblems.Invalid(errors.ByField);

        var measure = new Measure
        {
            Id = Guid.NewGuid(),
            Title = "",
            Finding = "",
            Period = "",
            EditedByOfficer = true,
        };
        MeasureValidator.Apply(measure, input);
        if (plan.AddMeasure(measure, input.Order) is { } refused)
            return ApiProblems.Refused(refused);
        db.Measures.Add(measure);
        context.Audit("measure", measure.Id, "created", AuditTrail.Created(AuditTrail.Fields(measure)), time.UtcNow());
        if (!await context.TrySaveAsync(ct))
            return ApiProblems.Conflict("order", OtherMeasureChanged);
        http.Response.Headers.ETag = Versions.ETag(measure.Version);
        return TypedResults.Created(
            $"/api/plans/{plan.Id}/measures/{measure.Id}",
            MeasureResponse.From(measure, time.Today())
        );
    }

    public static async Task<IResult> Update(
        Guid planId,
        Guid measureId,
        HttpContext http,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<MeasureRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var version = Versions.Read(request!.Version, http.Request);
        var (context, denied) = await PlanRequest.OpenMeasureAsync(planId, measureId, http, db, time, ct);
        if (context is null)
            return denied!;
        var (plan, measure) = (context.Plan, context.Measure!);
        if (plan.CheckMeasuresEditable() is { } locked)
            return ApiProblems.Refused(locked);

        var errors = new ValidationErrors();
        if (version is null)
            errors.Add("version", Versions.Missing);
        var units = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var input = MeasureValidator.Validate(request, plan, units.Units, books, errors);
        if (input is null || errors.Any)
            return ApiProblems.Invalid(errors.ByField);

        var (refused, changes) = plan.EditMeasure(measure, version!.Value, input);
        if (refused is not null)
            return ApiProblems.Refused(refused);
        if (changes.Count > 0)
            context.Audit("measure", measure.Id, "updated", changes, time.UtcNow());
        if (!await context.TrySaveAsync(ct))
            return await StaleAsync(db, measureId, version.Value, ct);
        http.Response.Headers.ETag = Versions.ETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure, time.Today()));
    }

    /// <summary>
    /// Removes a measure from a draft; a system proposal removed stays removed when the analysis is revised.
    /// </summary>
    public static async Task<IResult> Remove(
        Guid planId,
        Guid measureId,
        int? version,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var sent = Versions.Read(version, http.Request);
        var (context, denied) = await PlanRequest.OpenMeasureAsync(planId, measureId, http, db, time, ct);
        if (context is null)
            return denied!;
        var (plan, measure) = (context.Plan, context.Measure!);
        if (plan.CheckMeasuresEditable() is { } locked)
            return ApiProblems.Refused(locked);
        if (sent is null)
            return ApiProblems.Invalid("version", Versions.Missing);

        if (plan.RemoveMeasure(measure, sent.Value) is { } refused)
            return ApiProblems.Refused(refused);
        db.Measures.Remove(measure);
        context.Audit("measure", measure.Id, "removed", AuditTrail.Removed(AuditTrail.Fields(measure)), time.UtcNow());
        if (!await context.TrySaveAsync(ct))
            return await StaleAsync(db, measureId, sent.Value, ct);
        return TypedResults.NoContent();
    }

    private const string OtherMeasureChanged =
        "มาตรการอื่นในแผนถูกแก้ไขพร้อมกัน กรุณาโหลดแผนล่าสุดแล้วลองอีกครั้ง / Another measure of the plan changed at the same time; reload and retry.";

    /// <summary>
    /// The 409 after a lost race: the measure itself changed (its current version), or another measure whose order
    /// this change moved did.
    /// </summary>
    private static async Task<IResult> StaleAsync(
        MeasureTrackingDbContext db,
        Guid measureId,
        int sent,
        CancellationToken ct
    )
    {
        var current = await db
            .Measures.Where(m => m.Id == measureId)
            .Select(m => (int?)m.Version)
            .FirstOrDefaultAsync(ct);
        if (current is null)
            return PlanStore.MeasureNotFound(measureId);
        return current != sent
            ? ApiProblems.StaleVersion("มาตรการ", sent, current.Value)
            : ApiProblems.Conflict("version", OtherMeasureChanged);
    }
}
