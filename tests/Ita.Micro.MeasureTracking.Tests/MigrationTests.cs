using Ita.Micro.MeasureTracking.Infrastructure;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class MigrationTests
{
    [Fact]
    public void The_measure_tracking_model_has_a_migration_for_every_change_on_both_providers() =>
        MigrationAssert.NoPendingModelChanges<MeasureTrackingDbContext>(options => new MeasureTrackingDbContext(
            options
        ));
}
