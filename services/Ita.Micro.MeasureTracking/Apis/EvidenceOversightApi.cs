using System.Security.Claims;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// For overseers, per province: the organisations with an OIT item of the year that has no evidence or only broken
/// evidence, or with a broken link. The organisations of a province are those whose latest plan names it. National
/// admins see the nation (or a province they name); a province overseer only its own province; others 403.
/// </summary>
public static class EvidenceOversightApi
{
    public static IEndpointRouteBuilder MapEvidenceOversightApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/evidence").WithTags("Evidence").MapGet("/oversight", Oversight);
        return app;
    }

    /// <param name="fiscalYear">The assessment's fiscal year (B.E.); the current one when omitted.</param>
    public static async Task<IResult> Oversight(
        string? province,
        int? fiscalYear,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        ICodeBooks books,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var year = fiscalYear ?? ThaiFiscalYear.Of(time.Today());
        if (FiscalYears.Invalid(year, time) is { } invalid)
            return invalid;
        var (area, denied) = OversightArea.Of(
            user,
            province,
            "ภาพรวมหลักฐานเปิดให้ผู้กำกับดูแลจังหวัดและผู้ดูแลระดับประเทศ / Evidence oversight is for province overseers and national admins."
        );
        if (denied is not null)
            return denied;

        // Each organisation as its latest plan names it; then only those in the area.
        var plans = db.Plans.AsNoTracking();
        if (area is not null)
            plans = plans.Where(p => db.Plans.Any(q => q.OrganisationCode == p.OrganisationCode && q.Province == area));
        var organisations = (
            await plans
                .Select(p => new
                {
                    p.OrganisationCode,
                    p.OrganisationName,
                    p.Province,
                    p.PlanFiscalYear,
                })
                .ToListAsync(ct)
        ).GroupBy(p => p.OrganisationCode).Select(g => g.MaxBy(p => p.PlanFiscalYear)!).Where(p => area is null || p.Province == area).ToList();
        // One JSON parameter: the nation's thousands of codes as separate parameters took seconds to prepare.
        var codes = organisations.Select(o => o.OrganisationCode).ToList();
        var links = (
            await db
                .Evidence.AsNoTracking()
                .Where(e => e.FiscalYear == year && EF.Parameter(codes).Contains(e.OrganisationCode))
                .Select(e => new
                {
                    e.OrganisationCode,
                    e.ItemCode,
                    e.State,
                })
                .ToListAsync(ct)
        ).ToLookup(e => e.OrganisationCode, e => (e.ItemCode, e.State));
        var items = OitItems.Of(books, year);

        var provinces = organisations
            .Select(o =>
                CoverageCalculator.Summary(
                    o.OrganisationCode,
                    o.OrganisationName,
                    o.Province,
                    items,
                    links[o.OrganisationCode].ToList()
                )
            )
            .GroupBy(s => s.Province)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g =>
            {
                var problems = g.Where(CoverageCalculator.HasProblems)
                    .OrderByDescending(s => s.Missing + s.OnlyBroken)
                    .ThenByDescending(s => s.BrokenLinks)
                    .ThenBy(s => s.OrganisationCode, StringComparer.Ordinal)
                    .ToList();
                return new ProvinceEvidence(g.Key, g.Count(), problems.Count, problems);
            })
            .ToList();
        var window = CalendarStore.Window(
            await CalendarStore.CurrentAsync(db, year, ct),
            CalendarWindowKind.OitSubmission
        );
        return TypedResults.Ok(new EvidenceOversightResponse(year, area, window, provinces));
    }
}
