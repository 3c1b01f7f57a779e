using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Checks evidence links and records each result in its own save (history, state, events through the outbox): the
/// links due now for the scheduler, or chosen ones on demand. A link edited while its check ran keeps the edit; the
/// check is dropped and the link is checked again next round.
/// </summary>
public sealed class EvidenceCheckRunner(
    IServiceScopeFactory scopes,
    LinkChecker checker,
    IOptions<EvidenceOptions> options,
    TimeProvider time,
    ILogger<EvidenceCheckRunner> logger
)
{
    /// <summary>
    /// Checks up to a batch of the links whose next check is due; returns how many were due. Each link is claimed first
    /// (its next check moved past the fetch's deadline, on condition that nobody moved it meanwhile), so replicas
    /// running the same schedule check it once and raise its events once.
    /// </summary>
    public async Task<int> CheckDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<(Guid Id, DateTime Due)> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
            due = (
                await db
                    .Evidence.AsNoTracking()
                    .Where(e => e.NextCheckAtUtc <= now)
                    .OrderBy(e => e.NextCheckAtUtc)
                    .Select(e => new { e.Id, e.NextCheckAtUtc })
                    .Take(options.Value.BatchSize)
                    .ToListAsync(ct)
            )
                .Select(e => (e.Id, e.NextCheckAtUtc))
                .ToList();
        }
        await Parallel.ForEachAsync(
            due,
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct },
            async (link, token) =>
            {
                try
                {
                    if (await ClaimAsync(link.Id, link.Due, token))
                        await CheckAsync(link.Id, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One link that cannot be checked must not stop the round, nor come first in every round after it.
                    logger.LogError(e, "Check of evidence {EvidenceId} failed; it is tried again later", link.Id);
                    await PostponeAsync(link.Id, token);
                }
            }
        );
        return due.Count;
    }

    /// <summary>
    /// Checks one link now, on demand, claimed like the scheduler's (so the two never check it at once); null when it is
    /// gone, being checked already, or changed while it was checked.
    /// </summary>
    public async Task<EvidenceCheck?> CheckNowAsync(Guid evidenceId, CancellationToken ct)
    {
        DateTime? due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
            due = await db
                .Evidence.AsNoTracking()
                .Where(e => e.Id == evidenceId)
                .Select(e => (DateTime?)e.NextCheckAtUtc)
                .FirstOrDefaultAsync(ct);
        }
        return due is { } next && await ClaimAsync(evidenceId, next, ct) ? await CheckAsync(evidenceId, ct) : null;
    }

    /// <summary>False when another replica claimed the link first (its next check is no longer what this one read).</summary>
    private async Task<bool> ClaimAsync(Guid evidenceId, DateTime due, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
        var lease = time.GetUtcNow().UtcDateTime + options.Value.FetchTimeout * 2;
        return await db
                .Evidence.Where(e => e.Id == evidenceId && e.NextCheckAtUtc == due)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.NextCheckAtUtc, lease), ct) == 1;
    }

    /// <summary>Checks one link and records the result; null when the link is gone or was changed meanwhile.</summary>
    private async Task<EvidenceCheck?> CheckAsync(Guid evidenceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
        var entry = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null)
            return null;
        var result = await checker.CheckAsync(entry.Url, ct);
        var check = EvidenceCheckRecorder.Record(db, entry, result, time.GetUtcNow().UtcDateTime, options.Value);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            // Edited (its version moved) or removed while it was being fetched: the next round checks what is there now.
            logger.LogInformation(e, "Check of evidence {EvidenceId} dropped: the link changed meanwhile", evidenceId);
            return null;
        }
        if (!result.Ok)
            logger.LogInformation(
                "Evidence {EvidenceId} of {OrganisationCode} failed its check: {Failure} {Detail}",
                entry.Id,
                entry.OrganisationCode,
                result.Failure,
                result.Detail
            );
        return check;
    }

    private async Task PostponeAsync(Guid evidenceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
        var later = time.GetUtcNow().UtcDateTime + options.Value.RecheckFailingAfter;
        await db
            .Evidence.Where(e => e.Id == evidenceId)
            .ExecuteUpdateAsync(u => u.SetProperty(e => e.NextCheckAtUtc, later), ct);
    }
}
