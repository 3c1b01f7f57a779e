namespace Ita.Micro.MeasureTracking.Apis.Contracts;

/// <summary>Whether an OIT item has evidence an assessor can open.</summary>
public enum CoverageStatus
{
    /// <summary>At least one of its links answered at its last check.</summary>
    Covered = 0,

    /// <summary>It has links, none checked good yet and not all broken (unchecked, or failing once).</summary>
    Unverified = 1,

    /// <summary>Every link it has is broken: as good as none.</summary>
    OnlyBroken = 2,

    /// <summary>No link at all.</summary>
    Missing = 3,
}
