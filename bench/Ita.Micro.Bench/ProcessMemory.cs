namespace Ita.Micro.Bench;

/// <summary>Reads a process's peak resident memory (VmHWM) from /proc: what the kernel saw, not what .NET reports.</summary>
public static class ProcessMemory
{
    public static long PeakBytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(l => l.StartsWith("VmHWM:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024)
            .Single();
}
