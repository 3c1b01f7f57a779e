using System.Security.Claims;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Http;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// An organisation's settings, edited by its officers: its units (สำนัก/กอง/หน่วย) that measures name as responsible and
/// reports as their originator, and the prefix of its document numbers (the memo's ที่).
/// </summary>
public static class UnitsApi
{
    public static IEndpointRouteBuilder MapUnitsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/plans/organisations/{organisationCode}").WithTags("Units");
        api.MapGet("/units", Get);
        api.MapPut("/units", Replace);
        api.MapGet("/audit", AuditApi.ListForOrganisation);
        return app;
    }

    public static async Task<IResult> Get(
        string organisationCode,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        HttpContext http,
        CancellationToken ct
    )
    {
        if (await PlanAccess.ReadOrganisationAsync(user, db, organisationCode, ct) is { } denied)
            return denied;
        var list = await PlanStore.UnitsAsync(db, organisationCode, ct);
        http.Response.Headers.ETag = Versions.ETag(list.Version);
        return TypedResults.Ok(new UnitsResponse(organisationCode, list.Units, list.DocumentPrefix, list.Version));
    }

    /// <summary>
    /// Replaces the whole list, and the document-number prefix when one is sent. Measures already naming a removed unit
    /// keep it; new edits must pick from the list.
    /// </summary>
    public static async Task<IResult> Replace(
        string organisationCode,
        ClaimsPrincipal user,
        HttpContext http,
        MeasureTrackingDbContext db,
        TimeProvider time,
        CancellationToken ct
    )
    {
        var (request, problem) = await BodyReader.ReadJsonAsync<UnitsRequest>(http.Request, ct);
        if (problem is not null)
            return problem;
        var errors = new ValidationErrors();
        var version = Versions.Read(request!.Version, http.Request);
        if (version is null)
            errors.Add("version", Versions.Missing + " (0 เมื่อยังไม่เคยบันทึก)");
        var units = new List<string>();
        if (request.Units is not { Count: > 0 })
            errors.Add("units", "ต้องมีหน่วยงานอย่างน้อย ๑ หน่วย (units) / At least one unit is required.");
        foreach (var (unit, i) in (request.Units ?? []).Select((u, i) => (u, i)))
        {
            var name = errors.Required($"units[{i}]", unit, "ชื่อหน่วยงาน", 200);
            if (name.Length > 0 && units.Contains(name, StringComparer.Ordinal))
                errors.Add($"units[{i}]", $"หน่วยงาน \"{name}\" ซ้ำในรายการ (units[{i}]) / Duplicate unit.");
            else if (name.Length > 0)
                units.Add(name);
        }
        var prefix = request.DocumentPrefix is null
            ? null
            : errors.Optional("documentPrefix", request.DocumentPrefix, "เลขที่หนังสือส่วนหน้า (เช่น ตก ๗๓๖๐๑)", 50);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);
        if (await PlanAccess.WriteOrganisationAsync(user, db, organisationCode, ct) is { } denied)
            return denied;

        var stored = await db.OrganisationUnits.FirstOrDefaultAsync(u => u.OrganisationCode == organisationCode, ct);
        var current = stored?.Version ?? 0;
        if (current != version)
            return ApiProblems.StaleVersion("รายชื่อหน่วยงาน", version!.Value, current);
        var before = stored?.Units ?? [.. DefaultUnits.All];
        var prefixBefore = stored?.DocumentPrefix;
        // Absent keeps the prefix stored; "" clears it.
        var prefixAfter =
            prefix is null ? prefixBefore
            : prefix.Length == 0 ? null
            : prefix;
        if (stored is null)
        {
            stored = new OrganisationUnitList
            {
                OrganisationCode = organisationCode,
                Units = units,
                DocumentPrefix = prefixAfter,
            };
            db.OrganisationUnits.Add(stored);
        }
        else
        {
            stored.Units = units;
            stored.DocumentPrefix = prefixAfter;
            stored.Version++;
        }
        AuditTrail.Add(
            db,
            organisationCode,
            null,
            "units",
            organisationCode,
            "updated",
            AuditTrail.Diff(
                new Dictionary<string, string?>
                {
                    ["units"] = AuditTrail.Json(before),
                    ["documentPrefix"] = prefixBefore,
                },
                new Dictionary<string, string?> { ["units"] = AuditTrail.Json(units), ["documentPrefix"] = prefixAfter }
            ),
            CurrentUser.Id(http),
            time.UtcNow()
        );
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // A concurrent save got there first (a changed version, or the first list inserted twice).
            db.ChangeTracker.Clear();
            var now = await db
                .OrganisationUnits.AsNoTracking()
                .Where(u => u.OrganisationCode == organisationCode)
                .Select(u => u.Version)
                .FirstOrDefaultAsync(ct);
            return ApiProblems.StaleVersion("รายชื่อหน่วยงาน", version!.Value, now);
        }
        http.Response.Headers.ETag = Versions.ETag(stored.Version);
        return TypedResults.Ok(
            new UnitsResponse(organisationCode, stored.Units, stored.DocumentPrefix, stored.Version)
        );
    }
}
