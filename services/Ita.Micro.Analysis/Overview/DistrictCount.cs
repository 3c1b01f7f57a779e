namespace Ita.Micro.Analysis.Overview;

/// <summary>A district (อำเภอ) of a province and how many of its organisations were analysed in the year.</summary>
public sealed record DistrictCount(string Province, string District, int Count);
