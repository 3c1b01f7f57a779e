namespace Ita.Micro.Bench;

/// <summary>
/// One timed way of making documents in one run: how many, how long, the CPU they took (this process and its
/// children), the peak memory and the machine's load average when it started.
/// </summary>
public sealed record Phase(
    string Name,
    int Documents,
    double Seconds,
    double CpuMilliseconds,
    long PeakBytes,
    string Load
)
{
    public double PerSecond => Documents / Seconds;

    public double CpuPerDocument => CpuMilliseconds / Documents;
}
