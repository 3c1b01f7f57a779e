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
public sealed class EvidenceCheckRunner(IServiceScopeFactory scopes, LinkChecker checker, IOptions<EvidenceOptions> options, TimeProvider time,
    ILogger<EvidenceCheckRunner> logger)
{
    /// <summary>Checks up to a batch of the links whose next check is due; returns how many were checked.</summary>
    public async Task<int> CheckDueAsync(CancellationToken ct)
    {
        var now = time.GetUtcNow().UtcDateTime;
        List<Guid> due;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
            due = await db.Evidence.AsNoTracking().Where(e => e.NextCheckAtUtc <= now).OrderBy(e => e.NextCheckAtUtc)
                .Select(e => e.Id).Take(options.Value.BatchSize).ToListAsync(ct);
        }
        await Parallel.ForEachAsync(due, new ParallelOptions { MaxDegreeOfParallelism = options.Value.Parallelism, CancellationToken = ct },
            async (id, token) =>
            {
                try
                {
                    await CheckAsync(id, token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // One link that cannot be checked must not stop the round, nor come first in every round after it.
                    logger.LogError(e, "Check of evidence {EvidenceId} failed; it is tried again later", id);
                    await PostponeAsync(id, token);
                }
            });
        return due.Count;
    }

    private async Task PostponeAsync(Guid evidenceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
        var later = time.GetUtcNow().UtcDateTime + options.Value.RecheckFailingAfter;
        await db.Evidence.Where(e => e.Id == evidenceId).ExecuteUpdateAsync(u => u.SetProperty(e => e.NextCheckAtUtc, later), ct);
    }

    /// <summary>Checks one link now and records the result; null when the link is gone or was changed meanwhile.</summary>
    public async Task<EvidenceCheck?> CheckAsync(Guid evidenceId, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
        var entry = await db.Evidence.FirstOrDefaultAsync(e => e.Id == evidenceId, ct);
        if (entry is null) return null;
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
            logger.LogInformation("Evidence {EvidenceId} of {OrganisationCode} failed its check: {Failure} {Detail}",
                entry.Id, entry.OrganisationCode, result.Failure, result.Detail);
        return check;
    }
}
