using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ita.Micro.Testing;

/// <summary>
/// A service's SQLite file in a temporary folder, for tests that migrate it up to just before one migration, store
/// rows as the service did then, and apply the rest.
/// </summary>
public sealed class MigratedDatabaseFile<TContext>(Func<DbContextOptions<TContext>, TContext> create) : IDisposable
    where TContext : DbContext
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ita-migration-").FullName;

    public TContext Open() =>
        create(
            new DbContextOptionsBuilder<TContext>()
                .UseSqlite($"Data Source={Path.Combine(_folder, "service.db")}")
                .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
                .Options
        );

    /// <summary>Applies every migration before the one whose name ends with <paramref name="migration"/>.</summary>
    public static Task MigrateToJustBeforeAsync(TContext db, string migration)
    {
        var before = db
            .Database.GetMigrations()
            .TakeWhile(m => !m.EndsWith("_" + migration, StringComparison.Ordinal))
            .Last();
        return db.GetService<IMigrator>().MigrateAsync(before);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        { /* a leftover temp folder is harmless */
        }
    }
}
