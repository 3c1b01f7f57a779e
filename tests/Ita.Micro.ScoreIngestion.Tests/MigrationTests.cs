using Ita.Micro.ScoreIngestion.Infrastructure;

namespace Ita.Micro.ScoreIngestion.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_ingestion_model_has_a_migration_for_every_change_on_both_providers() =>
        MigrationAssert.NoPendingModelChanges<IngestionDbContext>(options => new IngestionDbContext(options));
}
