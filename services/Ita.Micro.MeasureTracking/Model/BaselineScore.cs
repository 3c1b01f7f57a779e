namespace Ita.Micro.MeasureTracking.Model;

/// <summary>An indicator (Key "4") or item concept (Key "iit-…") score of the assessed year.</summary>
public sealed record BaselineScore(TargetKind Kind, string Key, decimal Score);
