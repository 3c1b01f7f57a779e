using System.Security.Claims;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>Loading plans the handlers read and change, and saving them with optimistic concurrency.</summary>
public static class PlanStore
{
    public static Task<ImprovementPlan?> LoadAsync(MeasureTrackingDbContext db, Guid planId, CancellationToken ct) =>
        db
            .Plans.Include(p => p.Measures)
                .ThenInclude(m => m.Progress)
            .AsSplitQuery()
            .FirstOrDefaultAsync(p => p.Id == planId, ct);

    /// <summary>
    /// A measure the caller may read (<see cref="PlanAccess.Read"/>), loaded with its plan; otherwise the answer to
    /// return (the plan or the measure not found, or out of the caller's reach).
    /// </summary>
    public static async Task<(Measure? Measure, IResult? Problem)> MeasureToReadAsync(
        MeasureTrackingDbContext db,
        Guid planId,
        Guid measureId,
        ClaimsPrincipal user,
        CancellationToken ct
    )
    {
        var plan = await LoadAsync(db, planId, ct);
        if (plan is null)
            return (null, PlanNotFound(planId));
        if (PlanAccess.Read(user, plan) is { } denied)
            return (null, denied);
        var measure = plan.Measures.FirstOrDefault(m => m.Id == measureId);
        return measure is null ? (null, MeasureNotFound(measureId)) : (measure, null);
    }

    public static IResult PlanNotFound(Guid planId) =>
        ApiProblems.NotFound($"ไม่พบแผนพัฒนา {planId} / Plan {planId} not found.");

    /// <summary>Names no code: the caller knows what it asked for, and the answer is the same whether it is absent or out of reach.</summary>
    public static IResult OrganisationNotFound() =>
        ApiProblems.NotFound("ไม่พบข้อมูลขององค์กรนี้ / No such organisation.");

    public static IResult MeasureNotFound(Guid measureId) =>
        ApiProblems.NotFound($"ไม่พบมาตรการ {measureId} ในแผนนี้ / Measure {measureId} not found in this plan.");

    /// <summary>The organisation's units, or the default list when officers have not stored one yet.</summary>
    public static async Task<OrganisationUnitList> UnitsAsync(
        MeasureTrackingDbContext db,
        string organisationCode,
        CancellationToken ct
    ) =>
        await db.OrganisationUnits.FirstOrDefaultAsync(u => u.OrganisationCode == organisationCode, ct)
        ?? new OrganisationUnitList
        {
            OrganisationCode = organisationCode,
            Units = [.. DefaultUnits.All],
            Version = 0,
        };

    /// <summary>
    /// Saves; false when another request saved the same row first (its version no longer matches), in which case
    /// nothing of this request is kept.
    /// </summary>
    public static async Task<bool> TrySaveAsync(MeasureTrackingDbContext db, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return false;
        }
    }
}
