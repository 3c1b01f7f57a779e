using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Infrastructure;

/// <summary>
/// Counts the coverage of plans stored before the counts were kept, once, at start-up after the migrations and before
/// the service takes requests or messages: oversight never reads a plan without its counts.
/// </summary>
internal sealed class PlanCoverageBackfill(IServiceProvider services, ILogger<PlanCoverageBackfill> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var counted = await PlanCoverage.CountUncountedAsync(
            scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>(),
            cancellationToken
        );
        if (counted > 0)
            logger.LogInformation(
                "Counted the urgent findings and their measures of {PlanCount} plans stored before the counts were kept",
                counted
            );
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
