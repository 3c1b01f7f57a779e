using Ita.Micro.Analysis.Infrastructure;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Tests.Peers;

/// <summary>
/// The analysis model on a fresh SQLite file, created from the model with EnsureCreated: the peer tables have no
/// migration yet, so <see cref="Ita.Micro.Testing.TestDatabase{TContext}"/>, which migrates, cannot hold them.
/// </summary>
public sealed class PeerTestDatabase : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("ita-peers-").FullName;

    public PeerTestDatabase()
    {
        using var db = Open();
        db.Database.EnsureCreated();
    }

    /// <summary>A new context, as each consumed message gets one.</summary>
    public AnalysisDbContext Open() =>
        new(
            new DbContextOptionsBuilder<AnalysisDbContext>()
                // The connection string the service uses for SQLite, so timings match it.
                .UseSqlite($"Data Source={Path.Combine(_folder, "analysis.db")};Default Timeout=30")
                .Options
        );

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
