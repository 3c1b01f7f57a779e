using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ita.Micro.ScoreIngestion.Apis;

public static class ImportsApi
{
    public static IEndpointRouteBuilder MapImportsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/imports").WithTags("Imports");
        api.MapPost("/", CreateImport);
        api.MapGet("/{id:guid}", GetImport).WithName(nameof(GetImport));
        return app;
    }

    /// <summary>Stores a JSON score import and publishes one AssessmentRecorded per new organisation-year revision.</summary>
    public static async Task<IResult> CreateImport(HttpRequest request, ScoreImporter importer, CancellationToken cancellationToken)
    {
        var (body, problem) = await BodyReader.ReadJsonAsync<ImportRequest>(request, cancellationToken);
        if (problem is not null) return problem;

        var errors = AssessmentValidator.Validate(body!.Assessments);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: "ข้อมูลการนำเข้าไม่ถูกต้อง / The import is not valid.");

        var source = string.IsNullOrWhiteSpace(body.Source) ? "http" : body.Source.Trim();
        var import = await importer.ImportAsync(Guid.NewGuid(), source, "http", body.Assessments!, cancellationToken);
        return TypedResults.AcceptedAtRoute(ImportResponse.From(import), nameof(GetImport), new { id = import.Id });
    }

    public static async Task<Results<Ok<ImportResponse>, NotFound>> GetImport(Guid id, IngestionDbContext db, CancellationToken cancellationToken)
    {
        var import = await db.Imports.FindAsync([id], cancellationToken);
        return import is null ? TypedResults.NotFound() : TypedResults.Ok(ImportResponse.From(import));
    }
}
