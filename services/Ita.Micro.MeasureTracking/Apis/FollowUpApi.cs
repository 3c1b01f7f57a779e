using System.Security.Claims;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>A plan's follow-up: measures with status and overdue flag, its submitted reports, and effectiveness once known.</summary>
public static class FollowUpApi
{
    public static IEndpointRouteBuilder MapFollowUpApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/plans/{planId:guid}").WithTags("Follow-up").MapGet("/follow-up", Get);
        return app;
    }

    public static async Task<IResult> Get(
        Guid planId,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var plan = await db.Plans.AsNoTracking().Include(p => p.Measures).FirstOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null)
            return PlanStore.PlanNotFound(planId);
        if (PlanAccess.Read(user, plan) is { } denied)
            return denied;
        var reports = await db.Reports.AsNoTracking().Where(r => r.PlanId == planId).ToListAsync(ct);
        var followUp = await db.FollowUps.AsNoTracking().FirstOrDefaultAsync(f => f.PlanId == planId, ct);
        var today = time.Today();
        return TypedResults.Ok(
            new FollowUpResponse(
                plan.Id,
                plan.OrganisationCode,
                plan.AssessedFiscalYear,
                plan.PlanFiscalYear,
                plan.Status,
                plan.Measures.OrderBy(m => m.Order).Select(m => MeasureResponse.From(m, today)).ToList(),
                reports.OrderBy(r => r.Period).Select(ReportResponse.From).ToList(),
                followUp is null ? null : EffectivenessResponse.From(followUp)
            )
        );
    }
}
