namespace Ita.Micro.Bench;

/// <summary>
/// The peak memory of this process and every process under it (Chromium and its renderers, soffice), sampled every
/// 100 ms while a phase runs. Each process counts its proportional set size (Pss from /proc/PID/smaps_rollup):
/// Chromium's processes share most of their pages, and summing their resident sizes would count those pages once per
/// process.
/// </summary>
public sealed class ProcessTreeMemory : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _sampling;
    private long _peak;

    private ProcessTreeMemory() => _sampling = SampleAsync(_stop.Token);

    public static ProcessTreeMemory Start() => new();

    /// <summary>The highest sum seen so far, in bytes.</summary>
    public long PeakBytes => Interlocked.Read(ref _peak);

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        await _sampling;
        _stop.Dispose();
    }

    private async Task SampleAsync(CancellationToken stop)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        do
        {
            var now = TreePssBytes(Environment.ProcessId);
            if (now > _peak)
                Interlocked.Exchange(ref _peak, now);
        } while (await WaitAsync(timer, stop));
    }

    private static async Task<bool> WaitAsync(PeriodicTimer timer, CancellationToken stop)
    {
        try
        {
            return await timer.WaitForNextTickAsync(stop);
        }
        catch (OperationCanceledException)
        {
            return false;
        }
    }

    /// <summary>Sum of Pss over <paramref name="root"/> and its descendants; processes that exit meanwhile are skipped.</summary>
    public static long TreePssBytes(int root) => ProcessTree.Of(root).Sum(process => PssBytes(process.Pid));

    private static long PssBytes(int pid)
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
            {
                if (line.StartsWith("Pss:", StringComparison.Ordinal))
                    return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The process exited between listing and reading.
        }
        return 0;
    }
}
