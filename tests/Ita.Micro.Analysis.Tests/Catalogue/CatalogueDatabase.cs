using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests.Catalogue;

/// <summary>
/// The Analysis database on a SQLite file in a temporary folder, configured as the service configures it, with the
/// schema made by EnsureCreated. Not <c>TestDatabase.Sqlite</c>: that applies migrations, and the catalogue table
/// has none yet. Once the migration exists this can become TestDatabase&lt;AnalysisDbContext&gt;.Sqlite.
/// </summary>
public sealed class CatalogueDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ita-catalogue-").FullName;

    public CatalogueDatabase()
    {
        using var db = Open();
        db.Database.EnsureCreated();
    }

    public AnalysisDbContext Open()
    {
        var options = new DbContextOptionsBuilder<AnalysisDbContext>();
        options.UseServiceDatabase(
            new DatabaseOptions { Provider = DatabaseProvider.Sqlite, DataDirectory = _folder },
            null,
            "test"
        );
        return new AnalysisDbContext(options.Options);
    }

    /// <summary>A store on its own context, as each request gets one.</summary>
    /// <summary>The code books of this database's service: its own, the shipped ones unless a test loads one.</summary>
    public CodeBookStore Books { get; } = new();

    public CatalogueStore Store() => new(Open(), Books);

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
