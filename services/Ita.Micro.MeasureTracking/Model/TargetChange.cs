namespace Ita.Micro.MeasureTracking.Model;

/// <summary>A targeted indicator or item: its score in the assessed year and in the year the measure ran (null: not scored).</summary>
public sealed record TargetChange(
    TargetKind Kind,
    string Key,
    decimal? Before,
    decimal? After,
    decimal? Change,
    bool? WentUp
);
