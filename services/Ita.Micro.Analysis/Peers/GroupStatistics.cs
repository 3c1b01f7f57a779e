namespace Ita.Micro.Analysis.Peers;

/// <summary>A province's or a type's organisations: how many were analysed and their means.</summary>
/// <param name="Count">Organisations with an analysed total.</param>
public sealed record GroupStatistics(string Name, int Count, IReadOnlyList<MeasureMean> Means);
