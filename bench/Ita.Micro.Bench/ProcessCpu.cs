namespace Ita.Micro.Bench;

/// <summary>
/// CPU time a process has used (user + system), from /proc: on a machine shared with other builds, wall time says
/// little, but the CPU seconds a run costs the analysis service and the broker do not depend on who else is busy.
/// </summary>
public static class ProcessCpu
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux this runs on (getconf CLK_TCK)

    public static double Seconds(int pid)
    {
        // The command name (field 2) may hold spaces, so count the fields after its closing parenthesis.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11]) + long.Parse(fields[12])) / TicksPerSecond;
    }

    /// <summary>
    /// The private broker's Erlang VM: the beam.smp process started with <c>RABBITMQ_NODE_PORT=port</c>
    /// (scripts/rabbitmq.sh); null for an external broker, or one this user cannot see.
    /// </summary>
    public static int? BrokerProcess(int port)
    {
        foreach (var folder in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(folder), out var pid))
                continue;
            try
            {
                if (File.ReadAllText(Path.Combine(folder, "comm")).Trim() != "beam.smp")
                    continue;
                if (
                    File.ReadAllText(Path.Combine(folder, "environ")).Split('\0').Contains($"RABBITMQ_NODE_PORT={port}")
                )
                    return pid;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            { /* gone, or not ours */
            }
        }
        return null;
    }
}
