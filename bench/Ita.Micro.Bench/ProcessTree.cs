namespace Ita.Micro.Bench;

/// <summary>
/// A process and every process under it, from /proc: the one walk that <see cref="ProcessTreeCpu"/> and
/// <see cref="ProcessTreeMemory"/> share.
/// </summary>
public static class ProcessTree
{
    /// <summary>
    /// <paramref name="root"/> and its descendants, each with the fields of its /proc/PID/stat that follow the command
    /// name ("state ppid ... utime stime cutime cstime ..."), or null when that could not be read. Processes that exit
    /// between listing and reading are left out.
    /// </summary>
    public static List<(int Pid, string[]? Stat)> Of(int root)
    {
        var stats = new Dictionary<int, string[]>();
        var children = new Dictionary<int, List<int>>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out var pid))
                continue;
            try
            {
                // "pid (comm) state ppid ..."; comm may hold spaces or parentheses.
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                var parent = int.Parse(fields[1]);
                stats[pid] = fields;
                if (!children.TryGetValue(parent, out var list))
                    children[parent] = list = [];
                list.Add(pid);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
            {
                // The process exited between listing and reading.
            }
        }

        var tree = new List<(int, string[]?)>();
        var pending = new Stack<int>([root]);
        while (pending.TryPop(out var pid))
        {
            tree.Add((pid, stats.GetValueOrDefault(pid)));
            if (children.TryGetValue(pid, out var list))
                list.ForEach(pending.Push);
        }
        return tree;
    }
}
