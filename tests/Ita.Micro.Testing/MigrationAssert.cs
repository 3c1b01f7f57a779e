using Microsoft.EntityFrameworkCore;
using Xunit;

namespace Ita.Micro.Testing;

/// <summary>Fails when a service's model has changed without a migration for a provider.</summary>
public static class MigrationAssert
{
    public static void NoPendingModelChanges<TContext>(Func<DbContextOptions<TContext>, TContext> create)
        where TContext : DbContext
    {
        foreach (
            var database in new[] { TestDatabase<TContext>.SqlServer(create), TestDatabase<TContext>.Sqlite(create) }
        )
        {
            using (database)
            using (var db = database.Open())
            {
                Assert.NotEmpty(db.Database.GetMigrations());
                Assert.False(
                    db.Database.HasPendingModelChanges(),
                    $"{typeof(TContext).Name} has model changes without a {database.Provider} migration: run build/add-migration.sh <Name>."
                );
            }
        }
    }
}
