using System.Security.Claims;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Security;
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
    public static async Task<IResult> Get(string? province, int? fiscalYear, ClaimsPrincipal user, MeasureTrackingDbContext db, TimeProvider time,
        IOptions<MeasureTrackingOptions> options, CancellationToken ct)
    {
        var today = time.Today();
        var year = fiscalYear ?? ThaiFiscalYear.Of(today);
        if (year is < 2500 or > 2700)
            return ApiProblems.Invalid("fiscalYear", $"ปีงบประมาณต้องเป็นปี พ.ศ. เช่น {ThaiFiscalYear.Of(today)} (fiscalYear) / fiscalYear is a Buddhist Era year.");
        var oversees = OrganisationAccess.Oversees(user, province);
        if (!oversees.Allowed)
            return ApiProblems.Forbidden(oversees.Province is { } own
                ? $"ดูภาพรวมได้เฉพาะจังหวัด{own} (province) / An overseer sees only its own province."
                : "ภาพรวมการติดตามเปิดให้ผู้กำกับดูแลจังหวัดและผู้ดูแลระดับประเทศ / Oversight is for province overseers and national admins.");
        var area = oversees.Province;

        var plans = db.Plans.AsNoTracking().Where(p => p.PlanFiscalYear == year);
        if (area is not null) plans = plans.Where(p => p.Province == area);
        var rows = await plans.Select(p => new { p.Id, p.OrganisationCode, p.Status, p.UrgentFindings }).ToListAsync(ct);
        var measures = (await db.Measures.AsNoTracking().Where(m => plans.Any(p => p.Id == m.PlanId))
                .Select(m => new { m.PlanId, m.Indicators, m.ItemConcepts, m.PeriodEnd, m.Status }).ToListAsync(ct))
            .ToLookup(m => m.PlanId);
        var reports = (await db.Reports.AsNoTracking().Where(r => plans.Any(p => p.Id == r.PlanId))
                .Select(r => new { r.PlanId, r.Period }).ToListAsync(ct))
            .ToLookup(r => r.PlanId);
        var followUps = await db.FollowUps.AsNoTracking().Where(f => plans.Any(p => p.Id == f.PlanId))
            .ToDictionaryAsync(f => f.PlanId, f => f.Measures.Select(m => m.Verdict).ToList(), ct);

        var facts = rows.Select(p => new OversightPlanFacts(p.Id, p.OrganisationCode, p.Status, p.UrgentFindings,
            measures[p.Id].Select(m => new OversightMeasureFacts(m.Indicators.Select(i => i.Number).ToList(), m.ItemConcepts, m.PeriodEnd, m.Status)).ToList(),
            reports[p.Id].Select(r => r.Period).ToHashSet())
        {
            Verdicts = followUps.GetValueOrDefault(p.Id) ?? [],
        }).ToList();
        return TypedResults.Ok(OversightCalculator.Compute(year, area, facts, today, options.Value));
    }
}
