using Ita.Micro.ServiceDefaults.Data;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Testing;

/// <summary>
/// A service's database as the service itself configures it (provider, migrations filter), on a real SQLite file
/// in a temporary folder, or for SQL Server on a connection string that is never opened.
/// </summary>
public sealed class TestDatabase<TContext> : IDisposable
    where TContext : DbContext
{
    private readonly Func<DbContextOptions<TContext>, TContext> _create;

    private TestDatabase(string provider, Func<DbContextOptions<TContext>, TContext> create)
    {
        _create = create;
        Provider = provider;
        Folder = Directory.CreateTempSubdirectory("ita-db-").FullName;
    }

    public string Provider { get; }

    /// <summary>Where the SQLite file lives; a service's Database:DataDirectory can point here.</summary>
    public string Folder { get; }

    /// <summary>A SQLite file with every migration applied.</summary>
    public static TestDatabase<TContext> Sqlite(Func<DbContextOptions<TContext>, TContext> create)
    {
        var database = new TestDatabase<TContext>(DatabaseProvider.Sqlite, create);
        using var db = database.Open();
        db.Database.Migrate();
        return database;
    }

    /// <summary>SQL Server options, for model and migration checks only: no server runs here.</summary>
    public static TestDatabase<TContext> SqlServer(Func<DbContextOptions<TContext>, TContext> create) =>
        new(DatabaseProvider.SqlServer, create);

    public TContext Open()
    {
        var options = new DbContextOptionsBuilder<TContext>();
        options.UseServiceDatabase(
            new DatabaseOptions { Provider = Provider, DataDirectory = Folder },
            Provider == DatabaseProvider.SqlServer ? "Server=none;Database=none" : null,
            "test"
        );
        return _create(options.Options);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }
}
