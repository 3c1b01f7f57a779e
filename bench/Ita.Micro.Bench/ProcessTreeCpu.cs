namespace Ita.Micro.Bench;

/// <summary>
/// CPU time used by this process and every process under it, from /proc: user + system time of each live process
/// plus what its reaped children used (so browsers and soffice processes that came and went during a phase are
/// counted by this process, which waited for them). CPU milliseconds per document hardly move with other work on the
/// machine, unlike documents per second: on a shared machine they are the steadier figure to compare.
/// </summary>
public static class ProcessTreeCpu
{
    private static readonly double MillisecondsPerTick = 1000.0 / 100; // USER_HZ is 100 on Linux.

    /// <param name="root">The process whose tree is counted; this one when omitted.</param>
    public static double Milliseconds(int? root = null)
    {
        long total = 0;
        // utime(14) stime(15) cutime(16) cstime(17) of /proc/PID/stat, counted from the state (3).
        foreach (var (_, stat) in ProcessTree.Of(root ?? Environment.ProcessId))
            if (stat is not null)
                total += long.Parse(stat[11]) + long.Parse(stat[12]) + long.Parse(stat[13]) + long.Parse(stat[14]);
        return total * MillisecondsPerTick;
    }
}
