using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>
/// Counts the dispatcher's batch queries (the read of due outbox rows). A test that must prove a wake-up waits for the
/// first, empty one: after it the dispatcher only starts again when signalled (or after its long poll interval), so a
/// message delivered in time was delivered by the signal, with no sleep to guess when that first poll went by.
/// </summary>
public sealed class OutboxPollWatcher : DbCommandInterceptor
{
    private int _polls;

    public int Polls => Volatile.Read(ref _polls);

    public override ValueTask<DbDataReader> ReaderExecutedAsync(
        DbCommand command,
        CommandExecutedEventData eventData,
        DbDataReader result,
        CancellationToken cancellationToken = default
    )
    {
        // The batch query filters on the next attempt's time; the backlog count and the saves do not read it so.
        if (command.CommandText.Contains("\"NextAttemptAtUtc\" <=", StringComparison.Ordinal))
            Interlocked.Increment(ref _polls);
        return base.ReaderExecutedAsync(command, eventData, result, cancellationToken);
    }
}
