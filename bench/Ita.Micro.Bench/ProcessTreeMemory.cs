namespace Ita.Micro.Bench;

/// <summary>
/// The peak memory of this process and every process under it (Playwright's driver, Chromium and its renderers,
/// soffice), sampled every 100 ms while a phase runs. Each process counts its proportional set size (Pss from
/// /proc/PID/smaps_rollup): Chromium's processes share most of their pages, and summing their resident sizes would
/// count those pages once per process.
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
        }
        while (await WaitAsync(timer, stop));
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
    public static long TreePssBytes(int root)
    {
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid) || ParentOf(pid) is not { } parent)
                continue;
            if (!children.TryGetValue(parent, out var list))
                children[parent] = list = [];
            list.Add(pid);
        }

        long total = 0;
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            total += PssBytes(pid);
            if (children.TryGetValue(pid, out var list))
                list.ForEach(pending.Push);
        }
        return total;
    }

    private static int? ParentOf(int pid)
    {
        try
        {
            // /proc/PID/stat is "pid (comm) state ppid ...", and comm may hold spaces or parentheses.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return int.Parse(fields[1]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

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
