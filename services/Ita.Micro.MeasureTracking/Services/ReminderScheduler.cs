using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>Looks for deadlines to remind of at start-up and then every <see cref="ReminderOptions.ScanInterval"/> on the injected clock.</summary>
public sealed class ReminderScheduler(
    ReminderRunner runner,
    IOptions<ReminderOptions> options,
    TimeProvider time,
    ILogger<ReminderScheduler> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.ScanInterval, time);
        do
        {
            try
            {
                await runner.RunAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Deadline reminders failed this round; retrying at the next");
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
