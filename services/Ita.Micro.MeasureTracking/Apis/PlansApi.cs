using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

public static class PlansApi
{
    public static IEndpointRouteBuilder MapPlansApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans").WithTags("Plans");
        api.MapGet("/{organisationCode}", ListForOrganisation);
        api.MapGet("/{organisationCode}/{planFiscalYear:int}", GetPlan);
        return app;
    }

    public static async Task<Ok<List<PlanResponse>>> ListForOrganisation(
        string organisationCode, MeasureTrackingDbContext db, CancellationToken cancellationToken)
    {
        var plans = await db.Plans.Include(p => p.Measures).Where(p => p.OrganisationCode == organisationCode)
            .OrderBy(p => p.PlanFiscalYear).ToListAsync(cancellationToken);
        return TypedResults.Ok(plans.Select(PlanResponse.From).ToList());
    }

    /// <param name="planFiscalYear">The fiscal year the measures run in (the assessed year + 1).</param>
    public static async Task<Results<Ok<PlanResponse>, NotFound>> GetPlan(
        string organisationCode, int planFiscalYear, MeasureTrackingDbContext db, CancellationToken cancellationToken)
    {
        var plan = await db.Plans.Include(p => p.Measures)
            .FirstOrDefaultAsync(p => p.OrganisationCode == organisationCode && p.PlanFiscalYear == planFiscalYear, cancellationToken);
        return plan is null ? TypedResults.NotFound() : TypedResults.Ok(PlanResponse.From(plan));
    }
}
