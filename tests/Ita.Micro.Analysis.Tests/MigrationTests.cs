using Ita.Micro.Analysis.Infrastructure;

namespace Ita.Micro.Analysis.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_analysis_model_has_a_migration_for_every_change_on_both_providers() =>
        MigrationAssert.NoPendingModelChanges<AnalysisDbContext>(options => new AnalysisDbContext(options));
}
