using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ita.Micro.Analysis.Apis;

/// <summary>
/// The catalogue of recommended measures as data national administrators maintain: every change (one measure
/// added, replaced or removed, or the whole catalogue replaced) is validated and stored as a new version, so the
/// proposals of any past analysis can be traced to the catalogue it used.
/// </summary>
/// <remarks>Everyone reads it; only national administrators change it, recorded under the token's subject.</remarks>
public static class CatalogueApi
{
    /// <summary>Where a caller without a token's subject names itself (tests of the handler alone); the subject wins.</summary>
    public const string UserHeader = CurrentUser.Header;

    private const string NotValidTitle = "บัญชีมาตรการไม่ถูกต้อง / The catalogue is not valid.";

    public static IEndpointRouteBuilder MapCatalogueApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/catalogue").WithTags("Catalogue");
        api.MapGet("/", GetCurrent);
        api.MapGet("/versions", ListVersions);
        api.MapGet("/versions/{version:int}", GetVersion);
        api.MapPut("/", ReplaceAll).RequireAuthorization(ItaPolicies.NationalAdmin);
        api.MapPut("/measures/{id}", PutMeasure).RequireAuthorization(ItaPolicies.NationalAdmin);
        api.MapDelete("/measures/{id}", DeleteMeasure).RequireAuthorization(ItaPolicies.NationalAdmin);
        return app;
    }

    /// <summary>
    /// The current version and its measures, optionally only those of an indicator and/or answering an item
    /// concept. Unfiltered, it is the body PUT /api/catalogue takes (GET, edit, PUT); a filtered one is not, as
    /// PUT replaces the whole catalogue.
    /// </summary>
    public static async Task<Results<Ok<CatalogueDocument>, ValidationProblem>> GetCurrent(
        int? indicator,
        string? concept,
        CatalogueStore store,
        CancellationToken cancellationToken
    )
    {
        if (indicator is < CatalogueValidator.FirstIndicator or > CatalogueValidator.LastIndicator)
            return Invalid(
                "indicator",
                $"ตัวชี้วัดต้องอยู่ระหว่าง {CatalogueValidator.FirstIndicator} ถึง {CatalogueValidator.LastIndicator} / "
                    + $"The indicator must be {CatalogueValidator.FirstIndicator}–{CatalogueValidator.LastIndicator}."
            );
        var current = await store.CurrentAsync(cancellationToken);
        return TypedResults.Ok(
            new CatalogueDocument { Version = current.Version, Measures = current.Filter(indicator, concept) }
        );
    }

    /// <summary>The history: every version, the shipped seed (1) first, with who, when, why and how many measures.</summary>
    public static async Task<Ok<IReadOnlyList<CatalogueVersionSummary>>> ListVersions(
        CatalogueStore store,
        CancellationToken cancellationToken
    ) => TypedResults.Ok(await store.VersionsAsync(cancellationToken));

    public static async Task<Results<Ok<CatalogueDocument>, ProblemHttpResult>> GetVersion(
        int version,
        CatalogueStore store,
        CancellationToken cancellationToken
    )
    {
        var found = await store.FindVersionAsync(version, cancellationToken);
        return found is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: $"ไม่มีบัญชีมาตรการฉบับที่ {version} / There is no catalogue version {version}."
            )
            : TypedResults.Ok(found.ToDocument());
    }

    /// <summary>
    /// Replaces the whole catalogue (body: <see cref="CatalogueDocument"/>; its version is the one edited, checked
    /// against the current one unless 0). 201 with the new version; 200 when it says the same as the current one;
    /// 400 with every problem; 409 when someone else changed the catalogue since.
    /// </summary>
    public static async Task<IResult> ReplaceAll(
        string? note,
        HttpRequest request,
        CatalogueStore store,
        CancellationToken cancellationToken
    )
    {
        var (document, problem) = await BodyReader.ReadJsonAsync<CatalogueDocument>(request, cancellationToken);
        if (problem is not null)
            return problem;
        var basedOn = document!.Version > 0 ? document.Version : (int?)null;
        var result = await store.SaveAsync(document.Measures ?? [], Who(request), note, basedOn, cancellationToken);
        return Respond(result, created: true);
    }

    /// <summary>
    /// Adds the measure, or replaces the one with this id (body: <see cref="CatalogueMeasure"/>; its id may be left
    /// out). 201 with the new version; 200 when nothing changed; 400 with every problem, keyed by field; with
    /// <paramref name="version"/> (the version the administrator edited), 409 when someone changed the catalogue since.
    /// </summary>
    public static async Task<IResult> PutMeasure(
        string id,
        string? note,
        int? version,
        HttpRequest request,
        CatalogueStore store,
        ICodeBooks books,
        CancellationToken cancellationToken
    )
    {
        var (read, problem) = await BodyReader.ReadJsonAsync<CatalogueMeasure>(request, cancellationToken);
        if (problem is not null)
            return problem;
        id = id.Trim();
        var measure = read!.Normalised();
        if (measure.Id.Length == 0)
            measure = measure with { Id = id };
        else if (!string.Equals(measure.Id, id, StringComparison.Ordinal))
            return Invalid(
                "id",
                $"รหัสมาตรการในข้อมูล (\"{measure.Id}\") ไม่ตรงกับรหัสในที่อยู่ (\"{id}\") / "
                    + $"The measure's id \"{measure.Id}\" is not the id in the address, \"{id}\"."
            );

        // Checked alone first so that problems are keyed by the measure's own fields, as the caller sent them.
        var errors = CatalogueValidator.ValidateMeasure(measure, books);
        if (errors.Count > 0)
            return TypedResults.ValidationProblem(errors, title: NotValidTitle);

        var current = await store.CurrentAsync(cancellationToken);
        var measures = current.Measures.Where(m => !SameId(m.Id, id)).Append(measure);
        var result = await store.SaveAsync(measures, Who(request), note, version ?? current.Version, cancellationToken);
        return Respond(result, created: true);
    }

    /// <summary>
    /// Removes the measure from the next version (earlier versions keep it and can be restored): 200 with the new
    /// version; 404 when the current catalogue has no such measure; 409 as for a PUT with <paramref name="version"/>.
    /// </summary>
    public static async Task<IResult> DeleteMeasure(
        string id,
        string? note,
        int? version,
        HttpRequest request,
        CatalogueStore store,
        CancellationToken cancellationToken
    )
    {
        var current = await store.CurrentAsync(cancellationToken);
        if (current.Find(id) is null)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: $"ไม่มีมาตรการรหัส \"{id}\" ในบัญชีมาตรการฉบับที่ {current.Version} / "
                    + $"Catalogue version {current.Version} has no measure \"{id}\"."
            );

        var measures = current.Measures.Where(m => !SameId(m.Id, id));
        var result = await store.SaveAsync(measures, Who(request), note, version ?? current.Version, cancellationToken);
        return Respond(result, created: false);
    }

    private static IResult Respond(CatalogueSaveResult result, bool created)
    {
        if (result.Errors.Count > 0)
            return TypedResults.ValidationProblem(result.Errors, title: NotValidTitle);
        if (result.Conflict)
            return TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: $"มีผู้อื่นแก้ไขบัญชีมาตรการไปก่อนแล้ว (ฉบับปัจจุบันคือฉบับที่ {result.Version?.Version}) ให้ตรวจดูแล้วส่งใหม่ / "
                    + $"Someone else changed the catalogue first (it is now version {result.Version?.Version}): check it and send again."
            );
        if (result.Unchanged || !created)
            return TypedResults.Ok(result.Version);
        return TypedResults.Created($"/api/catalogue/versions/{result.Version!.Version}", result.Version);
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "คำขอไม่ถูกต้อง / The request is not valid."
        );

    private static bool SameId(string a, string b) => string.Equals(a, b?.Trim(), StringComparison.OrdinalIgnoreCase);

    private static string Who(HttpRequest request) => CurrentUser.Id(request.HttpContext);
}
