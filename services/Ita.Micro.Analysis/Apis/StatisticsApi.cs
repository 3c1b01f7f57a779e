using System.Security.Claims;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Overview;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.Contracts.Text;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Apis;

public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statistics").WithTags("Statistics");
        api.MapGet("/years", GetYears);
        api.MapGet("/{fiscalYear:int}", GetYear);
        api.MapGet("/{fiscalYear:int}/overview", GetOverview);
        api.MapGet("/{fiscalYear:int}/districts", GetDistricts);
        // For operators (./ita rebuild-statistics): national administrators only, as it rewrites every year's figures.
        api.MapPost("/rebuild", Rebuild).RequireAuthorization(ItaPolicies.NationalAdmin);
        return app;
    }

    /// <summary>
    /// The fiscal years with analyses the caller may read, newest first: what the dashboards open on. A read of the
    /// index on the year, where a page of analyses would sort and count the newest year's results to learn the same.
    /// </summary>
    public static async Task<Ok<List<int>>> GetYears(
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    ) =>
        TypedResults.Ok(
            await db
                .Analyses.VisibleTo(user, a => a.OrganisationCode, a => a.Province)
                .Select(a => a.FiscalYear)
                .Distinct()
                .OrderByDescending(y => y)
                .ToListAsync(cancellationToken)
        );

    /// <summary>National distributions and per-province and per-type means of the year's latest analysed revisions.</summary>
    public static async Task<Results<Ok<YearStatistics>, NotFound>> GetYear(
        int fiscalYear,
        AnalysisDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var statistics = await PeerQueries.StatisticsAsync(db, fiscalYear, books, cancellationToken);
        return statistics is null ? TypedResults.NotFound() : TypedResults.Ok(statistics);
    }

    /// <summary>
    /// A province's or the nation's dashboard figures of a year (<see cref="AreaOverview"/>). Who may see which area
    /// is <see cref="OrganisationAccess.Oversees"/>: national admins the nation or any province, an overseer its own
    /// province (the default), anyone else 403.
    /// </summary>
    /// <param name="province">The province; omitted for the nation (national admins) or one's own (overseers).</param>
    public static async Task<Results<Ok<AreaOverview>, NotFound, ProblemHttpResult>> GetOverview(
        int fiscalYear,
        string? province,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var oversees = OrganisationAccess.Oversees(user, province);
        if (!oversees.Allowed)
            return Refused(oversees.Province);
        var overview = await AreaOverviewQueries.ReadAsync(db, fiscalYear, oversees.Province, books, cancellationToken);
        return overview is null ? TypedResults.NotFound() : TypedResults.Ok(overview);
    }

    /// <summary>
    /// The districts (อำเภอ) with analyses of the year in the province, or in every province for the nation, with how
    /// many organisations each has: the choices of the organisations table's district filter. The same access rule as
    /// the overview.
    /// </summary>
    public static async Task<Results<Ok<List<DistrictCount>>, ProblemHttpResult>> GetDistricts(
        int fiscalYear,
        string? province,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    )
    {
        var oversees = OrganisationAccess.Oversees(user, province);
        if (!oversees.Allowed)
            return Refused(oversees.Province);
        var query = AnalysesApi.LatestRevisions(db).Where(a => a.FiscalYear == fiscalYear && a.District != null);
        if (oversees.Province is { } area)
            query = query.Where(a => a.Province == area);
        var districts = await query
            .GroupBy(a => new { a.Province, a.District })
            .Select(g => new DistrictCount(g.Key.Province, g.Key.District!, g.Count()))
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            districts.OrderBy(d => d.Province, ThaiText.Collation).ThenBy(d => d.District, ThaiText.Collation).ToList()
        );
    }

    private static ProblemHttpResult Refused(string? ownProvince) =>
        TypedResults.Problem(
            statusCode: StatusCodes.Status403Forbidden,
            title: "ไม่มีสิทธิ์ / Forbidden",
            detail: ownProvince is { } own
                ? $"ดูภาพรวมได้เฉพาะจังหวัด{own} (province) / An overseer sees only its own province."
                : "ภาพรวมเปิดให้ผู้กำกับดูแลจังหวัดและผู้ดูแลระดับประเทศ / The overview is for province overseers and national admins."
        );

    /// <summary>Makes the peer statistics of one year (or of every year held) again from the stored analyses.</summary>
    public static async Task<Ok<IReadOnlyList<RebuiltYear>>> Rebuild(
        int? year,
        AnalysisDbContext db,
        ILoggerFactory loggers,
        CancellationToken cancellationToken
    )
    {
        var rebuilt = await PeerStatisticsRebuilder.RebuildAsync(db, year, cancellationToken);
        var logger = loggers.CreateLogger(typeof(StatisticsApi));
        foreach (var y in rebuilt)
            logger.LogInformation(
                "Rebuilt the peer statistics of {FiscalYear} from {Organisations} stored analyses",
                y.FiscalYear,
                y.Organisations
            );
        return TypedResults.Ok(rebuilt);
    }
}
