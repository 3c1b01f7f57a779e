using System.Security.Claims;
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

    public static async Task<IResult> Get(Guid planId, Guid measureId, ClaimsPrincipal user, MeasureTrackingDbContext db, TimeProvider time, HttpContext http, CancellationToken ct)
    {
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Read(user, plan) is { } denied) return denied;
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null) return PlanStore.MeasureNotFound(measureId);
        http.Response.Headers.ETag = Versions.ETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure, time.Today()));
    }

    public static async Task<IResult> Add(Guid planId, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<MeasureRequest>(http.Request, ct);
        if (problem is not null) return problem;
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        if (plan.Status != PlanStatus.Draft) return EditRefused(plan);

        var errors = new ValidationErrors();
        var units = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var input = MeasureValidator.Validate(request!, plan, units.Units, errors);
        if (input is null) return ApiProblems.Invalid(errors.ByField);

        var measure = new Measure { Id = Guid.NewGuid(), PlanId = plan.Id, Title = "", Finding = "", Period = "", EditedByOfficer = true };
        MeasureValidator.Apply(measure, input);
        // Placed where asked (others move down), or last.
        var order = Math.Min(input.Order ?? int.MaxValue, plan.Measures.Count + 1);
        foreach (var other in plan.Measures.Where(m => m.Order >= order)) other.Order++;
        measure.Order = order;
        plan.Measures.Add(measure);
        db.Measures.Add(measure);

        var who = CurrentUser.Id(http);
        var now = time.UtcNow();
        AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "measure", measure.Id.ToString(), "created",
            AuditTrail.Created(AuditTrail.Fields(measure)), who, now);
        if (!await PlanStore.TrySaveAsync(db, ct))
            return ApiProblems.Conflict("order", OtherMeasureChanged);
        http.Response.Headers.ETag = Versions.ETag(measure.Version);
        return TypedResults.Created($"/api/plans/{plan.Id}/measures/{measure.Id}", MeasureResponse.From(measure, time.Today()));
    }

    public static async Task<IResult> Update(Guid planId, Guid measureId, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<MeasureRequest>(http.Request, ct);
        if (problem is not null) return problem;
        var version = Versions.Read(request!.Version, http.Request);
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null) return PlanStore.MeasureNotFound(measureId);
        if (plan.Status != PlanStatus.Draft) return EditRefused(plan);

        var errors = new ValidationErrors();
        if (version is null) errors.Add("version", Versions.Missing);
        var units = await PlanStore.UnitsAsync(db, plan.OrganisationCode, ct);
        var input = MeasureValidator.Validate(request, plan, units.Units, errors);
        if (input is null || errors.Any) return ApiProblems.Invalid(errors.ByField);
        if (measure.Version != version) return ApiProblems.StaleVersion("มาตรการ", version!.Value, measure.Version);

        var before = AuditTrail.Fields(measure);
        MeasureValidator.Apply(measure, input);
        if (input.Order is { } wanted && wanted != measure.Order) Move(plan, measure, wanted);
        var changes = AuditTrail.Diff(before, AuditTrail.Fields(measure));
        if (changes.Count > 0)
        {
            measure.EditedByOfficer = true;
            measure.Version++;
            AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "measure", measure.Id.ToString(), "updated", changes, CurrentUser.Id(http), time.UtcNow());
        }
        if (!await PlanStore.TrySaveAsync(db, ct)) return await StaleAsync(db, measureId, version!.Value, ct);
        http.Response.Headers.ETag = Versions.ETag(measure.Version);
        return TypedResults.Ok(MeasureResponse.From(measure, time.Today()));
    }

    /// <summary>Removes a measure from a draft; a system proposal removed stays removed when the analysis is revised.</summary>
    public static async Task<IResult> Remove(Guid planId, Guid measureId, int? version, ClaimsPrincipal user, HttpContext http, MeasureTrackingDbContext db, TimeProvider time, CancellationToken ct)
    {
        var sent = Versions.Read(version, http.Request);
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null) return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Write(user, plan) is { } denied) return denied;
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null) return PlanStore.MeasureNotFound(measureId);
        if (plan.Status != PlanStatus.Draft) return EditRefused(plan);
        if (sent is null) return ApiProblems.Invalid("version", Versions.Missing);
        if (measure.Version != sent) return ApiProblems.StaleVersion("มาตรการ", sent.Value, measure.Version);

        plan.Measures.Remove(measure);
        db.Measures.Remove(measure);
        if (measure.ProposalKey is not null && !plan.DismissedProposals.Contains(measure.ProposalKey))
            plan.DismissedProposals = [.. plan.DismissedProposals, measure.ProposalKey];
        DraftPlanUpdater.Renumber(plan);
        AuditTrail.Add(db, plan.OrganisationCode, plan.Id, "measure", measure.Id.ToString(), "removed",
            AuditTrail.Removed(AuditTrail.Fields(measure)), CurrentUser.Id(http), time.UtcNow());
        if (!await PlanStore.TrySaveAsync(db, ct)) return await StaleAsync(db, measureId, sent.Value, ct);
        return TypedResults.NoContent();
    }

    private const string OtherMeasureChanged =
        "มาตรการอื่นในแผนถูกแก้ไขพร้อมกัน กรุณาโหลดแผนล่าสุดแล้วลองอีกครั้ง / Another measure of the plan changed at the same time; reload and retry.";

    private static void Move(ImprovementPlan plan, Measure measure, int wanted)
    {
        var ordered = plan.Measures.OrderBy(m => m.Order).Where(m => m != measure).ToList();
        ordered.Insert(Math.Min(wanted, ordered.Count + 1) - 1, measure);
        for (var i = 0; i < ordered.Count; i++) ordered[i].Order = i + 1;
    }

    private static IResult EditRefused(ImprovementPlan plan) => ApiProblems.NotAllowed(
        $"แก้ไขมาตรการได้เฉพาะแผนที่เป็นร่าง แผนนี้{ApiProblems.Thai(plan.Status)} / Measures can only be changed while the plan is a draft.", plan);

    /// <summary>
    /// The 409 after a lost race: the measure itself changed (its current version), or another measure whose order
    /// this change moved did.
    /// </summary>
    private static async Task<IResult> StaleAsync(MeasureTrackingDbContext db, Guid measureId, int sent, CancellationToken ct)
    {
        var current = await db.Measures.Where(m => m.Id == measureId).Select(m => (int?)m.Version).FirstOrDefaultAsync(ct);
        if (current is null) return PlanStore.MeasureNotFound(measureId);
        return current != sent
            ? ApiProblems.StaleVersion("มาตรการ", sent, current.Value)
            : ApiProblems.Conflict("version", OtherMeasureChanged);
    }
}
