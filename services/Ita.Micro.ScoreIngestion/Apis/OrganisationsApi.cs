using System.Security.Claims;
using System.Text;
using System.Text.Json;
using CsvHelper;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Security;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Apis;

/// <summary>The registry: national administrators load it; everyone else reads the organisations within their reach.</summary>
public static class OrganisationsApi
{
    public static IEndpointRouteBuilder MapOrganisationsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/organisations").WithTags("Organisations");
        api.MapPost("/", ImportOrganisations).DisableAntiforgery().RequireAuthorization(ItaPolicies.NationalAdmin);
        api.MapGet("/", ListOrganisations);
        api.MapGet("/{code}", GetOrganisation);
        return app;
    }

    /// <summary>
    /// Loads organisations into the registry from CSV (header code,name,type,province,district; as a body or as
    /// multipart field "file") or a JSON array. Valid rows are kept even when others are refused.
    /// </summary>
    public static async Task<IResult> ImportOrganisations(
        HttpRequest request,
        OrganisationRegistry registry,
        CancellationToken cancellationToken
    )
    {
        try
        {
            Stream body = request.Body;
            var csv = request.ContentType?.Contains("csv", StringComparison.OrdinalIgnoreCase) == true;
            if (request.HasFormContentType)
            {
                var file = (await request.ReadFormAsync(cancellationToken)).Files.GetFile("file");
                if (file is null)
                    return BodyReader.Problem(
                        "file",
                        "ต้องแนบไฟล์ในช่อง file / Attach the file in the field \"file\"."
                    );
                body = file.OpenReadStream();
                csv = !file.FileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase);
            }
            // Read into memory first: the registry is small (~8k rows) and a bad byte must fail before anything is saved.
            var buffered = new MemoryStream();
            await body.CopyToAsync(buffered, cancellationToken);
            buffered.Position = 0;
            var rows = (
                csv ? OrganisationRegistry.ReadCsv(buffered) : OrganisationRegistry.ReadJson(buffered)
            ).ToList();
            if (rows.Count == 0)
                return BodyReader.Problem("file", "ไฟล์ไม่มีข้อมูลองค์กร / The file holds no organisations.");
            return TypedResults.Ok(await registry.ImportAsync(rows, cancellationToken));
        }
        catch (DecoderFallbackException)
        {
            return BodyReader.Problem(
                "file",
                "ไฟล์ไม่ได้เข้ารหัสเป็น UTF-8 ให้บันทึกเป็น CSV UTF-8 / The file is not UTF-8: save it as CSV UTF-8."
            );
        }
        catch (Exception ex) when (ex is JsonException or CsvHelperException)
        {
            return BodyReader.Problem("file", $"อ่านไฟล์ไม่ได้ / The file cannot be read: {ex.Message.Split('\n')[0]}");
        }
    }

    public static async Task<Ok<List<OrganisationInfo>>> ListOrganisations(
        string? province,
        string? type,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        var size = Math.Clamp(pageSize ?? 100, 1, 1000);
        var query = db.Organisations.AsNoTracking().VisibleTo(user, o => o.Code, o => o.Province);
        if (!string.IsNullOrWhiteSpace(province))
            query = query.Where(o => o.Province == province);
        if (!string.IsNullOrWhiteSpace(type))
            query = query.Where(o => o.Type == type);
        var organisations = await query
            .OrderBy(o => o.Code)
            .Skip((Math.Max(1, page ?? 1) - 1) * size)
            .Take(size)
            .Select(o => new OrganisationInfo
            {
                Code = o.Code,
                Name = o.Name,
                Type = o.Type,
                Province = o.Province,
                District = o.District,
            })
            .ToListAsync(cancellationToken);
        return TypedResults.Ok(organisations);
    }

    public static async Task<Results<Ok<OrganisationInfo>, NotFound>> GetOrganisation(
        string code,
        ClaimsPrincipal user,
        IngestionDbContext db,
        CancellationToken cancellationToken
    )
    {
        var o = await db.Organisations.AsNoTracking().SingleOrDefaultAsync(o => o.Code == code, cancellationToken);
        return o is null || !OrganisationAccess.CanRead(user, o.Code, o.Province)
            ? TypedResults.NotFound()
            : TypedResults.Ok(
                new OrganisationInfo
                {
                    Code = o.Code,
                    Name = o.Name,
                    Type = o.Type,
                    Province = o.Province,
                    District = o.District,
                }
            );
    }
}
