using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ita.Micro.Analysis.Apis;

public static class StatisticsApi
{
    public static IEndpointRouteBuilder MapStatisticsApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/statistics").WithTags("Statistics")
            .MapGet("/{fiscalYear:int}", GetYear);
        return app;
    }

    /// <summary>National distributions and per-province and per-type means of the year's latest analysed revisions.</summary>
    public static async Task<Results<Ok<YearStatistics>, NotFound>> GetYear(
        int fiscalYear, AnalysisDbContext db, CancellationToken cancellationToken)
    {
        var statistics = await PeerQueries.StatisticsAsync(db, fiscalYear, cancellationToken);
        return statistics is null ? TypedResults.NotFound() : TypedResults.Ok(statistics);
    }
}
