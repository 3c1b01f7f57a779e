using System.Text.Json;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Apis;

public static class AnalysesApi
{
    public static IEndpointRouteBuilder MapAnalysesApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/analyses").WithTags("Analyses");
        api.MapGet("/{organisationCode}", ListForOrganisation);
        api.MapGet("/{organisationCode}/{fiscalYear:int}", GetLatest);
        return app;
    }

    /// <summary>The latest analysis of every fiscal year held for the organisation, oldest first.</summary>
    public static async Task<Ok<List<AssessmentAnalysed>>> ListForOrganisation(
        string organisationCode, AnalysisDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Analyses.Where(a => a.OrganisationCode == organisationCode).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.GroupBy(a => a.FiscalYear).OrderBy(g => g.Key)
            .Select(g => Read(g.MaxBy(a => a.Revision)!.ResultJson)).ToList());
    }

    public static async Task<Results<Ok<AssessmentAnalysed>, NotFound>> GetLatest(
        string organisationCode, int fiscalYear, AnalysisDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.Analyses
            .Where(a => a.OrganisationCode == organisationCode && a.FiscalYear == fiscalYear)
            .OrderByDescending(a => a.Revision).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? TypedResults.NotFound() : TypedResults.Ok(Read(latest.ResultJson));
    }

    private static AssessmentAnalysed Read(string json) => JsonSerializer.Deserialize<AssessmentAnalysed>(json, JsonSerializerOptions.Web)!;
}
