using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// Processes stored imports one at a time, in the background. It claims an import before working on it, so two
/// replicas never process the same one, and takes over imports whose worker stopped (no progress for a while),
/// so a crash or restart loses nothing: the raw file is read again and rows already recorded stay unchanged.
/// </summary>
public sealed class ImportWorker(
    IServiceScopeFactory scopes,
    ImportQueue queue,
    IOptions<ImportOptions> options,
    ILogger<ImportWorker> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ClaimNextAsync(stoppingToken) is { } importId)
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var processor = scope.ServiceProvider.GetRequiredService<ImportProcessor>();
                    await processor.ProcessAsync(importId, stoppingToken);
                }
                using var poll = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
                poll.CancelAfter(TimeSpan.FromSeconds(5));
                try
                {
                    await queue.WaitAsync(poll.Token);
                }
                catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
                while (queue.TryTake(out _))
                { /* the database says what to do next */
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Import worker failed; trying again");
                await Task.Delay(TimeSpan.FromSeconds(1), stoppingToken);
            }
        }
    }

    /// <summary>Marks the oldest waiting (or abandoned) import Running, unless another worker got there first.</summary>
    private async Task<Guid?> ClaimNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<IngestionDbContext>();
        var stale = DateTime.UtcNow - options.Value.StaleAfter;
        var candidates = await db
            .Imports.Where(i =>
                i.Status == ImportStatus.Queued || (i.Status == ImportStatus.Running && i.HeartbeatAtUtc < stale)
            )
            .OrderBy(i => i.ReceivedAtUtc)
            .Select(i => new
            {
                i.Id,
                i.Status,
                i.HeartbeatAtUtc,
            })
            .Take(10)
            .ToListAsync(cancellationToken);
        foreach (var candidate in candidates)
        {
            var now = DateTime.UtcNow;
            var claimed = await db
                .Imports.Where(i =>
                    i.Id == candidate.Id && i.Status == candidate.Status && i.HeartbeatAtUtc == candidate.HeartbeatAtUtc
                )
                .ExecuteUpdateAsync(
                    s => s.SetProperty(i => i.Status, ImportStatus.Running).SetProperty(i => i.HeartbeatAtUtc, now),
                    cancellationToken
                );
            if (claimed == 1)
                return candidate.Id;
        }
        return null;
    }
}
