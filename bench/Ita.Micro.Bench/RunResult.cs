namespace Ita.Micro.Bench;

/// <summary>One national-analysis run: wall seconds, the analysis process's peak memory, CPU seconds spent during it.</summary>
public sealed record RunResult(
    double Seconds,
    long PeakBytes,
    double AnalysisCpu,
    double IngestionCpu,
    double? BrokerCpu
);
