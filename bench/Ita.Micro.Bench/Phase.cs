namespace Ita.Micro.Bench;

/// <summary>One timed way of making documents in one run: how many, how long, the peak memory and the machine's load.</summary>
public sealed record Phase(string Name, int Documents, double Seconds, long PeakBytes, string Load)
{
    public double PerSecond => Documents / Seconds;
}
