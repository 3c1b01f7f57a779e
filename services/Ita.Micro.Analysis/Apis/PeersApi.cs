using System.Security.Claims;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ita.Micro.Analysis.Apis;

public static class PeersApi
{
    public static IEndpointRouteBuilder MapPeersApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/analyses").WithTags("Peers").MapGet("/{organisationCode}/{fiscalYear:int}/peers", GetPeers);
        return app;
    }

    /// <summary>Rank, percentile and group averages of the organisation's latest analysed revision of the year.</summary>
    public static async Task<Results<Ok<PeerComparison>, NotFound>> GetPeers(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        AnalysisDbContext db,
        CancellationToken cancellationToken
    )
    {
        var comparison = await PeerQueries.CompareAsync(db, organisationCode, fiscalYear, cancellationToken);
        // Peers appear only as group averages; the organisation's own standing is its data.
        return comparison is null || !OrganisationAccess.CanRead(user, comparison.OrganisationCode, comparison.Province)
            ? TypedResults.NotFound()
            : TypedResults.Ok(comparison);
    }
}
