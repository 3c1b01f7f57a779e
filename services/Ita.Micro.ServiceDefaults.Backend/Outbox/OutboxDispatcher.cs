using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.Outbox;

/// <summary>
/// Publishes what the service wrote to its outbox, oldest first, and marks it sent. A message the broker refuses
/// is tried again with a growing delay; a crash between publish and mark publishes it again after the restart
/// (at least once), which the consumers' inbox absorbs because the MessageId stays the same.
/// </summary>
public sealed class OutboxDispatcher<TContext>(
    IServiceScopeFactory scopes,
    IBus bus,
    OutboxSignal signal,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDispatcher<TContext>> logger
) : BackgroundService
    where TContext : DbContext, IOutboxDbContext
{
    /// <summary>How often the backlog behind the outbox gauges is counted: often enough for an alert, cheap enough.</summary>
    private static readonly TimeSpan BacklogInterval = TimeSpan.FromSeconds(5);

    /// <summary>How often sent messages older than <see cref="OutboxOptions.KeepSentFor"/> are deleted.</summary>
    private static readonly TimeSpan PruneInterval = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var (backlogMeasured, pruned) = (DateTime.MinValue, DateTime.MinValue);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                if (DateTime.UtcNow - backlogMeasured >= BacklogInterval)
                {
                    await MeasureBacklogAsync(stoppingToken);
                    backlogMeasured = DateTime.UtcNow;
                }
                if (DateTime.UtcNow - pruned >= PruneInterval)
                {
                    await PruneSentAsync(stoppingToken);
                    pruned = DateTime.UtcNow;
                }
                // A full batch means more may be waiting: go again at once.
                if (await DispatchBatchAsync(stoppingToken) == options.Value.BatchSize)
                    continue;
                await signal.WaitAsync(options.Value.PollInterval, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox dispatch failed; trying again");
                await Task.Delay(options.Value.PollInterval, stoppingToken);
            }
        }
    }

    /// <summary>Publishes one batch of due messages; returns how many it took.</summary>
    public async Task<int> DispatchBatchAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var now = DateTime.UtcNow;
        // Not tracked: the rows are marked with one UPDATE below, not ~200 tracked entities and their bodies.
        var batch = await db
            .OutboxMessages.AsNoTracking()
            .Where(m => m.SentAtUtc == null && m.NextAttemptAtUtc <= now)
            .OrderBy(m => m.Id)
            .Take(options.Value.BatchSize)
            .ToListAsync(cancellationToken);
        if (batch.Count == 0)
            return 0;

        // Publishing the batch concurrently lets the broker's confirms overlap instead of one round trip each.
        var results = await Task.WhenAll(batch.Select(m => PublishAsync(m, cancellationToken)));
        var sentAt = DateTime.UtcNow;
        var sent = batch.Zip(results).Where(r => r.Second is null).Select(r => r.First.Id).ToList();
        if (sent.Count > 0)
            await db
                .OutboxMessages.Where(m => sent.Contains(m.Id))
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.SentAtUtc, sentAt), CancellationToken.None);
        foreach (var (message, error) in batch.Zip(results))
        {
            if (error is null)
                continue;
            var attempts = message.Attempts + 1;
            var lastError = error.Length > 2000 ? error[..2000] : error;
            var nextAttempt = sentAt + Backoff(attempts);
            await db
                .OutboxMessages.Where(m => m.Id == message.Id)
                .ExecuteUpdateAsync(
                    u =>
                        u.SetProperty(m => m.Attempts, attempts)
                            .SetProperty(m => m.LastError, lastError)
                            .SetProperty(m => m.NextAttemptAtUtc, nextAttempt),
                    CancellationToken.None
                );
            logger.LogWarning(
                "Outbox message {MessageId} ({MessageType}) not published, attempt {Attempts}: {Error}",
                message.MessageId,
                message.MessageType,
                attempts,
                error
            );
        }
        return batch.Count;
    }

    /// <summary>Deletes the messages sent longer ago than <see cref="OutboxOptions.KeepSentFor"/>; returns how many.</summary>
    public async Task<int> PruneSentAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var cutoff = DateTime.UtcNow - options.Value.KeepSentFor;
        var deleted = await db
            .OutboxMessages.Where(m => m.SentAtUtc != null && m.SentAtUtc < cutoff)
            .ExecuteDeleteAsync(cancellationToken);
        if (deleted > 0)
            logger.LogInformation("Outbox: {Count} messages sent before {Cutoff:u} deleted", deleted, cutoff);
        return deleted;
    }

    /// <summary>Counts what waits to be published, and since when, for the outbox gauges (<see cref="ItaMetrics"/>).</summary>
    private async Task MeasureBacklogAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TContext>();
        var waiting = db.OutboxMessages.Where(m => m.SentAtUtc == null);
        var count = await waiting.LongCountAsync(cancellationToken);
        var oldest = count == 0 ? null : await waiting.MinAsync(m => (DateTime?)m.CreatedAtUtc, cancellationToken);
        ItaMetrics.OutboxBacklog(count, oldest);
    }

    private TimeSpan Backoff(int attempts)
    {
        var seconds = Math.Min(Math.Pow(2, attempts - 1), options.Value.MaxBackoff.TotalSeconds);
        return TimeSpan.FromSeconds(seconds);
    }

    private async Task<string?> PublishAsync(OutboxMessage row, CancellationToken cancellationToken)
    {
        using var activity = OutboxTelemetry.Source.StartActivity(
            "outbox publish",
            ActivityKind.Internal,
            row.TraceParent
        );
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        try
        {
            var type = Type.GetType(row.MessageType, throwOnError: true)!;
            var message = JsonSerializer.Deserialize(row.Body, type, OutboxExtensions.Json)!;
            var mandatory = Subscriptions.MustBeDelivered(type);
            timeout.CancelAfter(options.Value.PublishTimeout);
            var publishing = bus.Publish(
                message,
                type,
                Pipe.Execute<PublishContext>(context =>
                {
                    context.MessageId = row.MessageId;
                    // A message some consumer here waits for must reach a queue: the broker returns it otherwise, the
                    // publish faults, and the row stays for the next attempt.
                    if (mandatory && context.TryGetPayload<RabbitMqSendContext>(out var rabbit))
                        rabbit.Mandatory = true;
                    if (message is IPrioritisedMessage { BrokerPriority: > 0 } prioritised)
                        context.TrySetPriority(prioritised.BrokerPriority);
                }),
                timeout.Token
            );
            // The wait ends at the timeout even where the transport does not watch the token while it awaits a confirm.
            await publishing.WaitAsync(timeout.Token);
            return null;
        }
        catch (OperationCanceledException)
            when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, "not confirmed in time");
            return $"Not confirmed by the broker within {options.Value.PublishTimeout.TotalSeconds:0.###} s";
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            return $"{ex.GetType().Name}: {ex.Message}";
        }
    }
}
