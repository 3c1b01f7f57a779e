using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Apis;

public static class AssessmentsApi
{
    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assessments").WithTags("Assessments");
        api.MapGet("/{organisationCode}", ListForOrganisation);
        api.MapGet("/{organisationCode}/{fiscalYear:int}", GetLatest);
        api.MapGet("/{organisationCode}/{fiscalYear:int}/revisions", ListRevisions);
        return app;
    }

    /// <summary>The latest revision of every fiscal year held for the organisation.</summary>
    public static async Task<Ok<List<AssessmentResponse>>> ListForOrganisation(
        string organisationCode, IngestionDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.Assessments.Where(a => a.OrganisationCode == organisationCode).ToListAsync(cancellationToken);
        return TypedResults.Ok(rows.GroupBy(a => a.FiscalYear).OrderBy(g => g.Key)
            .Select(g => AssessmentResponse.From(g.MaxBy(a => a.Revision)!)).ToList());
    }

    public static async Task<Results<Ok<AssessmentResponse>, NotFound>> GetLatest(
        string organisationCode, int fiscalYear, IngestionDbContext db, CancellationToken cancellationToken)
    {
        var latest = await db.Assessments
            .Where(a => a.OrganisationCode == organisationCode && a.FiscalYear == fiscalYear)
            .OrderByDescending(a => a.Revision).FirstOrDefaultAsync(cancellationToken);
        return latest is null ? TypedResults.NotFound() : TypedResults.Ok(AssessmentResponse.From(latest));
    }

    public static async Task<Ok<List<AssessmentResponse>>> ListRevisions(
        string organisationCode, int fiscalYear, IngestionDbContext db, CancellationToken cancellationToken)
    {
        var revisions = await db.Assessments
            .Where(a => a.OrganisationCode == organisationCode && a.FiscalYear == fiscalYear)
            .OrderBy(a => a.Revision).ToListAsync(cancellationToken);
        return TypedResults.Ok(revisions.Select(AssessmentResponse.From).ToList());
    }
}
