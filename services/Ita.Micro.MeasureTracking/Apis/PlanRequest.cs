using System.Security.Claims;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// One change to a plan, as every write endpoint begins it: the plan loaded with its measures and their progress
/// (<see cref="PlanStore"/>), the caller allowed to make the change (<see cref="PlanAccess"/>: 404 for a plan out of
/// reach, 403 for one it may only read), for a measure's address the measure, and who the caller is. The endpoint
/// then calls one of the plan's transitions with the version it was sent (the plan compares it after its own rules,
/// so a change the state forbids is told so rather than asked to reload), records it and saves through this.
/// </summary>
public sealed class PlanRequest
{
    private readonly MeasureTrackingDbContext _db;
    private readonly HttpContext _http;
    private readonly TimeProvider _time;

    /// <summary>The plan's audited fields as loaded: a transition's audit entry names what it changed.</summary>
    private readonly Dictionary<string, string?> _before;

    private PlanRequest(
        ImprovementPlan plan,
        Measure? measure,
        MeasureTrackingDbContext db,
        HttpContext http,
        TimeProvider time
    )
    {
        Plan = plan;
        Measure = measure;
        _db = db;
        _http = http;
        _time = time;
        Who = CurrentUser.Id(http);
        _before = AuditTrail.Fields(plan);
    }

    public ImprovementPlan Plan { get; }

    /// <summary>The measure the address names; null when the request is about the plan itself.</summary>
    public Measure? Measure { get; }

    /// <summary>Who asked, as the audit trail records it.</summary>
    public string Who { get; }

    /// <summary>Today in Thailand, the day signing dates and report periods are measured against.</summary>
    public DateOnly Today => _time.Today();

    /// <summary>
    /// The plan when it exists and <paramref name="access"/> (<see cref="PlanAccess.Write"/> or
    /// <see cref="PlanAccess.Approve"/>) lets the caller change it; otherwise the answer to return.
    /// </summary>
    public static async Task<(PlanRequest? Request, IResult? Problem)> OpenAsync(
        Guid planId,
        Func<ClaimsPrincipal, ImprovementPlan, IResult?> access,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var plan = await PlanStore.LoadAsync(db, planId, ct);
        if (plan is null)
            return (null, PlanStore.PlanNotFound(planId));
        if (access(http.User, plan) is { } denied)
            return (null, denied);
        return (new PlanRequest(plan, null, db, http, time), null);
    }

    /// <summary>As <see cref="OpenAsync"/> for a change of the plan's content, with the measure found in it.</summary>
    public static async Task<(PlanRequest? Request, IResult? Problem)> OpenMeasureAsync(
        Guid planId,
        Guid measureId,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await OpenAsync(planId, PlanAccess.Write, http, db, time, ct);
        if (request is null)
            return (null, problem);
        var measure = request.Plan.Measures.FirstOrDefault(m => m.Id == measureId);
        if (measure is null)
            return (null, PlanStore.MeasureNotFound(measureId));
        return (new PlanRequest(request.Plan, measure, db, http, time), null);
    }

    /// <summary>Adds an audit entry about the plan or one of its records, by the caller, to this save.</summary>
    public void Audit(
        string entityType,
        Guid entityId,
        string action,
        IReadOnlyList<AuditChange> changes,
        DateTime nowUtc
    ) =>
        AuditTrail.Add(
            _db,
            Plan.OrganisationCode,
            Plan.Id,
            entityType,
            entityId.ToString(),
            action,
            changes,
            Who,
            nowUtc
        );

    /// <summary>The audit entry of a transition of the plan itself: its fields changed since loading.</summary>
    public void AuditPlan(string action, DateTime nowUtc) =>
        Audit("plan", Plan.Id, action, AuditTrail.Diff(_before, AuditTrail.Fields(Plan)), nowUtc);

    /// <summary>Saves; false when another request saved one of the same rows first, and nothing was kept.</summary>
    public Task<bool> TrySaveAsync(CancellationToken ct) => PlanStore.TrySaveAsync(_db, ct);

    /// <summary>
    /// Saves a transition of the plan and answers with the plan and its new ETag; 409 when another request changed
    /// the plan between loading and saving (its version then no longer matches the one this change was based on).
    /// </summary>
    public async Task<IResult> SavedPlanAsync(CancellationToken ct)
    {
        var sent = Plan.Version - 1;
        if (!await TrySaveAsync(ct))
        {
            var current = await _db
                .Plans.AsNoTracking()
                .Where(p => p.Id == Plan.Id)
                .Select(p => p.Version)
                .FirstAsync(ct);
            return ApiProblems.StaleVersion("แผน", sent, current);
        }
        _http.Response.Headers.ETag = Versions.ETag(Plan.Version);
        return TypedResults.Ok(PlanResponse.From(Plan, Today));
    }
}
