using System.Security.Claims;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// The plans API's one door to <see cref="OrganisationAccess"/>: each handler asks with the plan (or organisation) it
/// loaded, before it looks at the plan's state. Null means go on; otherwise the answer to return: 404 for what the
/// caller may not read (as if it did not exist), 403 for what it reads but may not change.
/// </summary>
public static class PlanAccess
{
    public static IResult? Read(ClaimsPrincipal user, ImprovementPlan plan) =>
        OrganisationAccess.CanRead(user, plan.OrganisationCode, plan.Province) ? null : PlanStore.PlanNotFound(plan.Id);

    /// <summary>Edits of the plan, its measures and progress, reports, publishing and closing: the organisation's officers and approvers, national admins.</summary>
    public static IResult? Write(ClaimsPrincipal user, ImprovementPlan plan) =>
        Read(user, plan)
        ?? (
            OrganisationAccess.CanWrite(user, plan.OrganisationCode)
                ? null
                : ApiProblems.Forbidden(
                    $"แก้ไขแผนได้เฉพาะเจ้าหน้าที่ขององค์กร {plan.OrganisationCode} / Only the organisation's officers may change its plan."
                )
        );

    /// <summary>Approving needs the approver role of the plan's own organisation; nobody else approves, national admins included.</summary>
    public static IResult? Approve(ClaimsPrincipal user, ImprovementPlan plan) =>
        Read(user, plan)
        ?? (
            OrganisationAccess.CanApprove(user, plan.OrganisationCode)
                ? null
                : ApiProblems.Forbidden(
                    $"อนุมัติแผนได้เฉพาะผู้มีสิทธิ์อนุมัติขององค์กร {plan.OrganisationCode} / Only an approver of the organisation may approve its plan."
                )
        );

    /// <summary>Null when the plan exists and the caller may read it, else the plan's 404.</summary>
    public static async Task<IResult?> ReadPlanAsync(
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        Guid planId,
        CancellationToken ct
    )
    {
        var plan = await db.Plans.AsNoTracking().FirstOrDefaultAsync(p => p.Id == planId, ct);
        return plan is null ? PlanStore.PlanNotFound(planId) : Read(user, plan);
    }

    /// <summary>An organisation's own data (units, audit trail), in the province its latest plan names.</summary>
    public static async Task<IResult?> ReadOrganisationAsync(
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        string organisationCode,
        CancellationToken ct
    ) =>
        OrganisationAccess.CanRead(user, organisationCode, await ProvinceOfAsync(db, organisationCode, ct))
            ? null
            : PlanStore.OrganisationNotFound();

    public static async Task<IResult?> WriteOrganisationAsync(
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        string organisationCode,
        CancellationToken ct
    ) =>
        await ReadOrganisationAsync(user, db, organisationCode, ct)
        ?? (
            OrganisationAccess.CanWrite(user, organisationCode)
                ? null
                : ApiProblems.Forbidden(
                    $"แก้ไขข้อมูลได้เฉพาะเจ้าหน้าที่ขององค์กร {organisationCode} / Only the organisation's officers may change its data."
                )
        );

    /// <summary>
    /// The organisation's province as its plans know it; null when it has none yet (then only its own officers and
    /// national admins reach it).
    /// </summary>
    private static Task<string?> ProvinceOfAsync(
        MeasureTrackingDbContext db,
        string organisationCode,
        CancellationToken ct
    ) =>
        db
            .Plans.AsNoTracking()
            .Where(p => p.OrganisationCode == organisationCode)
            .OrderByDescending(p => p.PlanFiscalYear)
            .Select(p => (string?)p.Province)
            .FirstOrDefaultAsync(ct);
}
