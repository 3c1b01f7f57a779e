using System.Data.Common;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Ita.Micro.Analysis.Infrastructure;

/// <summary>
/// Per-connection SQLite settings for a national import, which writes ~8,000 analyses of ~15 KB each within seconds:
/// the default 2 MB page cache (32 MB here, per pooled connection) re-reads the same index and overflow pages through system calls on every batch (a
/// fifth of the service's CPU time went to the kernel), and a full sync of the write-ahead log on every commit buys
/// nothing in WAL mode but a wait (NORMAL stays consistent after a crash; a commit just before a power loss may be
/// lost, and the broker redelivers its messages). Nothing is changed on SQL Server.
/// </summary>
public sealed class SqliteTuning : DbConnectionInterceptor
{
    private const string Pragmas = "PRAGMA synchronous = NORMAL; PRAGMA cache_size = -32768;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        if (connection is not SqliteConnection) return;
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(
        DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (connection is not SqliteConnection) return;
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
