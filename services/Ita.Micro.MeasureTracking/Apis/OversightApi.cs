using System.Security.Claims;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// Oversight of a province (?province=) or the nation: plans by state, overdue measures, urgent findings covered, late
/// reports. National admins see the nation and any province; a province overseer only its own province (the default
/// when it names none; another is 403); officers and approvers follow their own plan, not others', so they get 403.
/// </summary>
public static class OversightApi
{
    public static IEndpointRouteBuilder MapOversightApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/plans").WithTags("Oversight").MapGet("/oversight", Get);
        return app;
    }

    /// <param name="fiscalYear">The plans' fiscal year (B.E.); the current fiscal year when omitted.</param>
    public static async Task<IResult> Get(
        string? province,
        int? fiscalYear,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        TimeProvider time,
        IOptions<MeasureTrackingOptions> options,
        CancellationToken ct
    )
    {
        var today = time.Today();
        var year = fiscalYear ?? ThaiFiscalYear.Of(today);
        if (FiscalYears.Invalid(year, time) is { } invalid)
            return invalid;
        var (area, denied) = OversightArea.Of(
            user,
            province,
            "ภาพรวมการติดตามเปิดให้ผู้กำกับดูแลจังหวัดและผู้ดูแลระดับประเทศ / Oversight is for province overseers and national admins."
        );
        if (denied is not null)
            return denied;

        var plans = db.Plans.AsNoTracking().Where(p => p.PlanFiscalYear == year);
        if (area is not null)
            plans = plans.Where(p => p.Province == area);
        // Counted in the database from the plans' kept coverage counts and the measures' index: no JSON is read but the
        // follow-ups' verdicts, which exist only for plans whose next year is analysed.
        var states = await plans
            .GroupBy(p => p.Status)
            .Select(g => new
            {
                Status = g.Key,
                Plans = g.Count(),
                Findings = g.Sum(p => p.UrgentFindingCount),
                Covered = g.Sum(p => p.UrgentFindingsCovered),
            })
            .ToListAsync(ct);
        // "In (the plans' ids)" rather than a correlated EXISTS: the database starts from the year's plans and seeks
        // each one's measures, instead of testing every measure of every year.
        var ids = plans.Select(p => p.Id);
        var measures = db.Measures.AsNoTracking().Where(m => ids.Contains(m.PlanId));
        var overdue = measures.Where(OverdueRule.Overdue(today));
        var reports = await db
            .Reports.AsNoTracking()
            .Where(r => ids.Contains(r.PlanId))
            .GroupBy(r => r.Period)
            .Select(g => new { Period = g.Key, Plans = g.Select(r => r.PlanId).Distinct().Count() })
            .ToListAsync(ct);
        var verdicts = await db
            .FollowUps.AsNoTracking()
            .Where(f => ids.Contains(f.PlanId))
            .Select(f => f.Measures)
            .ToListAsync(ct);

        var counts = new OversightCounts(
            states.ToDictionary(s => s.Status, s => s.Plans),
            await measures.CountAsync(ct),
            await overdue.CountAsync(ct),
            await overdue.Select(m => m.PlanId).Distinct().CountAsync(ct),
            states.Sum(s => s.Findings),
            states.Sum(s => s.Covered),
            reports.ToDictionary(r => r.Period, r => r.Plans)
        )
        {
            Verdicts = [.. verdicts.SelectMany(v => v.Select(m => m.Verdict))],
            PlansFollowedUp = verdicts.Count(v => v.Count > 0),
        };
        return TypedResults.Ok(OversightCalculator.Compute(year, area, counts, today, options.Value));
    }
}
