using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Checks the evidence links that are due, every <see cref="EvidenceOptions.ScanInterval"/> on the injected clock, and
/// at once when <see cref="Wake"/> is called (an officer asked for a check of the organisation's links).
/// </summary>
public sealed class EvidenceCheckScheduler(
    EvidenceCheckRunner runner,
    IOptions<EvidenceOptions> options,
    TimeProvider time,
    ILogger<EvidenceCheckScheduler> logger
) : BackgroundService
{
    private readonly SemaphoreSlim _wake = new(0, 1);

    public void Wake()
    {
        if (_wake.CurrentCount == 0)
            try
            {
                _wake.Release();
            }
            catch (SemaphoreFullException)
            { /* already awake */
            }
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                // A full batch means more may be due: go on without waiting.
                while (await runner.CheckDueAsync(stoppingToken) >= options.Value.BatchSize) { }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Evidence link checks failed this round; retrying at the next");
            }
            using var timeout = new CancellationTokenSource(options.Value.ScanInterval, time);
            using var either = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, stoppingToken);
            try
            {
                await _wake.WaitAsync(either.Token);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested) { }
        }
    }

    public override void Dispose()
    {
        _wake.Dispose();
        base.Dispose();
    }
}
