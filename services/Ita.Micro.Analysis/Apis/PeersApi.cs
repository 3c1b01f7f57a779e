using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ita.Micro.Analysis.Apis;

public static class PeersApi
{
    public static IEndpointRouteBuilder MapPeersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/analyses").WithTags("Peers")
            .MapGet("/{organisationCode}/{fiscalYear:int}/peers", GetPeers);
        return app;
    }

    /// <summary>Rank, percentile and group averages of the organisation's latest analysed revision of the year.</summary>
    public static async Task<Results<Ok<PeerComparison>, NotFound>> GetPeers(
        string organisationCode, int fiscalYear, AnalysisDbContext db, CancellationToken cancellationToken)
    {
        var comparison = await PeerQueries.CompareAsync(db, organisationCode, fiscalYear, cancellationToken);
        return comparison is null ? TypedResults.NotFound() : TypedResults.Ok(comparison);
    }
}
