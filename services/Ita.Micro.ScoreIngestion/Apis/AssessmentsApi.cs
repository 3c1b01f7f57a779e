using System.Security.Claims;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Apis;

/// <summary>An organisation's scores: only those who may read the organisation see them; to anyone else it does not exist (404).</summary>
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
    public static async Task<Results<Ok<List<AssessmentResponse>>, NotFound>> ListForOrganisation(
        string organisationCode,
        ClaimsPrincipal user,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        if (!await MayReadAsync(user, organisationCode, db, cancellationToken))
            return TypedResults.NotFound();
        var rows = await db
            .Assessments.Where(a => a.OrganisationCode == organisationCode)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(
            rows.GroupBy(a => a.FiscalYear)
                .OrderBy(g => g.Key)
                .Select(g => AssessmentResponse.From(g.MaxBy(a => a.Revision)!))
                .ToList()
        );
    }

    public static async Task<Results<Ok<AssessmentResponse>, NotFound>> GetLatest(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        if (!await MayReadAsync(user, organisationCode, db, cancellationToken))
            return TypedResults.NotFound();
        var latest = await db
            .Assessments.Where(a => a.OrganisationCode == organisationCode && a.FiscalYear == fiscalYear)
            .OrderByDescending(a => a.Revision)
            .FirstOrDefaultAsync(cancellationToken);
        return latest is null ? TypedResults.NotFound() : TypedResults.Ok(AssessmentResponse.From(latest));
    }

    public static async Task<Results<Ok<List<AssessmentResponse>>, NotFound>> ListRevisions(
        string organisationCode,
        int fiscalYear,
        ClaimsPrincipal user,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        if (!await MayReadAsync(user, organisationCode, db, cancellationToken))
            return TypedResults.NotFound();
        var revisions = await db
            .Assessments.Where(a => a.OrganisationCode == organisationCode && a.FiscalYear == fiscalYear)
            .OrderBy(a => a.Revision)
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(revisions.Select(AssessmentResponse.From).ToList());
    }

    /// <summary>Whether the caller may read the organisation, by its province in this service's registry.</summary>
    private static async Task<bool> MayReadAsync(
        ClaimsPrincipal user,
        string organisationCode,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        var scope = OrganisationAccess.Scope(user);
        if (scope.Everything || scope.Includes(organisationCode, null))
            return true;
        var province = await db
            .Organisations.AsNoTracking()
            .Where(o => o.Code == organisationCode)
            .Select(o => o.Province)
            .FirstOrDefaultAsync(cancellationToken);
        return scope.Includes(organisationCode, province);
    }
}
