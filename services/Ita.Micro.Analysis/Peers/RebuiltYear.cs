namespace Ita.Micro.Analysis.Peers;

/// <summary>A fiscal year whose peer statistics were made again, and how many organisations they count.</summary>
public sealed record RebuiltYear(int FiscalYear, int Organisations);
