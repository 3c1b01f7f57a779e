using System.Security.Claims;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Apis;

/// <summary>
/// The audit trail: every change with who, when, and each field's old and new value, newest first. Readable by whoever
/// reads the plan or organisation it is about.
/// </summary>
public static class AuditApi
{
    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/plans/{planId:guid}").WithTags("Audit").MapGet("/audit", ListForPlan);
        return app;
    }

    /// <param name="entityType">plan, measure, progress or report.</param>
    /// <param name="entityId">One measure's, progress update's or report's id.</param>
    public static async Task<IResult> ListForPlan(
        Guid planId,
        string? entityType,
        string? entityId,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        CancellationToken ct
    )
    {
        if (await PlanAccess.ReadPlanAsync(user, db, planId, ct) is { } denied)
            return denied;
        return await PageAsync(
            db.AuditEntries.Where(a => a.PlanId == planId),
            entityType,
            entityId,
            page,
            pageSize,
            ct
        );
    }

    /// <summary>Everything about one organisation, its unit list included.</summary>
    public static async Task<IResult> ListForOrganisation(
        string organisationCode,
        string? entityType,
        string? entityId,
        int? page,
        int? pageSize,
        ClaimsPrincipal user,
        MeasureTrackingDbContext db,
        CancellationToken ct
    )
    {
        if (await PlanAccess.ReadOrganisationAsync(user, db, organisationCode, ct) is { } denied)
            return denied;
        return await PageAsync(
            db.AuditEntries.Where(a => a.OrganisationCode == organisationCode),
            entityType,
            entityId,
            page,
            pageSize,
            ct
        );
    }

    private static async Task<IResult> PageAsync(
        IQueryable<AuditEntry> query,
        string? entityType,
        string? entityId,
        int? page,
        int? pageSize,
        CancellationToken ct
    )
    {
        var errors = new ValidationErrors();
        var (pageNumber, size) = Paging.Read(page, pageSize, errors);
        if (errors.Any)
            return ApiProblems.Invalid(errors.ByField);
        if (!string.IsNullOrWhiteSpace(entityType))
            query = query.Where(a => a.EntityType == entityType);
        if (!string.IsNullOrWhiteSpace(entityId))
            query = query.Where(a => a.EntityId == entityId);
        var total = await query.CountAsync(ct);
        var items = await query
            .AsNoTracking()
            .OrderByDescending(a => a.Id)
            .Skip((pageNumber - 1) * size)
            .Take(size)
            .ToListAsync(ct);
        return TypedResults.Ok(
            new Page<AuditEntryResponse>(items.Select(AuditEntryResponse.From).ToList(), pageNumber, size, total)
        );
    }
}
