using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>
/// A real SQLite file in a temporary folder, its schema made with EnsureCreated (the test context has no migrations,
/// so <c>TestDatabase</c>, which migrates, does not fit), in WAL mode as the services run it.
/// </summary>
public sealed class WidgetsDatabase : IDisposable
{
    public WidgetsDatabase(string fileName = "widgets.db")
    {
        Folder = Directory.CreateTempSubdirectory("ita-outbox-").FullName;
        File = Path.Combine(Folder, fileName);
        ConnectionString = $"Data Source={File};Default Timeout=30";
        using var db = Open();
        db.Database.EnsureCreated();
        db.Database.ExecuteSqlRaw("PRAGMA journal_mode=WAL;");
    }

    public string Folder { get; }
    public string File { get; }
    public string ConnectionString { get; }

    public WidgetsDbContext Open() =>
        new(new DbContextOptionsBuilder<WidgetsDbContext>().UseSqlite(ConnectionString).Options);

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }
}
