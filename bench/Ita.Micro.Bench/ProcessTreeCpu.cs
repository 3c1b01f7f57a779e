namespace Ita.Micro.Bench;

/// <summary>
/// CPU time used by this process and every process under it, from /proc: user + system time of each live process
/// plus what its reaped children used (so browsers that came and went during a phase are counted by the driver that
/// waited for them). CPU milliseconds per document hardly move with other work on the machine, unlike documents per
/// second: on a shared machine they are the steadier figure to compare.
/// </summary>
public static class ProcessTreeCpu
{
    private static readonly double MillisecondsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux.

    public static double Milliseconds()
    {
        var children = new Dictionary<int, List<int>>();
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                // "pid (comm) state ppid ... utime(14) stime(15) cutime(16) cstime(17)"; comm may hold spaces.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                ticks[pid] = long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
                var parent = int.Parse(fields[1]);
                if (!children.TryGetValue(parent, out var list))
                    children[parent] = list = [];
                list.Add(pid);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process exited between listing and reading.
            }
        }

        long total = 0;
        var pending = new Stack<int>([Environment.ProcessId]);
        while (pending.TryPop(out var pid))
        {
            total += ticks.GetValueOrDefault(pid);
            if (children.TryGetValue(pid, out var list))
                list.ForEach(pending.Push);
        }
        return total * MillisecondsPerTick;
    }
}
