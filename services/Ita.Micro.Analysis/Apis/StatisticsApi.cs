using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ita.Micro.Analysis.Apis;

public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/statistics").WithTags("Statistics");
        api.MapGet("/{fiscalYear:int}", GetYear);
        // For operators (./ita rebuild-statistics): national administrators only, as it rewrites every year's figures.
        api.MapPost("/rebuild", Rebuild).RequireAuthorization(ItaPolicies.NationalAdmin);
        return app;
    }

    /// <summary>National distributions and per-province and per-type means of the year's latest analysed revisions.</summary>
    public static async Task<Results<Ok<YearStatistics>, NotFound>> GetYear(
        int fiscalYear, AnalysisDbContext db, CancellationToken cancellationToken)
    {
        var statistics = await PeerQueries.StatisticsAsync(db, fiscalYear, cancellationToken);
        return statistics is null ? TypedResults.NotFound() : TypedResults.Ok(statistics);
    }

    /// <summary>Makes the peer statistics of one year (or of every year held) again from the stored analyses.</summary>
    public static async Task<Ok<IReadOnlyList<RebuiltYear>>> Rebuild(
        int? year, AnalysisDbContext db, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var rebuilt = await PeerStatisticsRebuilder.RebuildAsync(db, year, cancellationToken);
        var logger = loggers.CreateLogger(typeof(StatisticsApi));
        foreach (var y in rebuilt)
            logger.LogInformation("Rebuilt the peer statistics of {FiscalYear} from {Organisations} stored analyses", y.FiscalYear, y.Organisations);
        return TypedResults.Ok(rebuilt);
    }
}
