using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Ita.Micro.Analysis.Tests;

/// <summary>
/// A SQLite file of the analysis service in a temporary folder, for tests that migrate it up to just before one
/// migration, store rows as the service did then, and apply the rest.
/// </summary>
public sealed class MigratedDatabaseFile : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ita-analysis-migration-").FullName;

    public AnalysisDbContext Open() => new(new DbContextOptionsBuilder<AnalysisDbContext>()
        .UseSqlite($"Data Source={Path.Combine(_folder, "analysis.db")}")
        .ReplaceService<IMigrationsAssembly, ProviderMigrationsAssembly>()
        .Options);

    /// <summary>Applies every migration before the one whose name ends with <paramref name="migration"/>.</summary>
    public static Task MigrateToJustBeforeAsync(AnalysisDbContext db, string migration)
    {
        var before = db.Database.GetMigrations().TakeWhile(m => !m.EndsWith("_" + migration, StringComparison.Ordinal)).Last();
        return db.GetService<IMigrator>().MigrateAsync(before);
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { /* a leftover temp folder is harmless */ }
    }
}
