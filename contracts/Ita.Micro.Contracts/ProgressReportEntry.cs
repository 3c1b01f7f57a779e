namespace Ita.Micro.Contracts;

/// <summary>A measure in a submitted progress report with its latest update up to the report's date (null: none yet) and all its evidence.</summary>
public sealed record ProgressReportEntry
{
    public required PlannedMeasure Measure { get; init; }
    public MeasureProgress? Progress { get; init; }

    /// <summary>
    /// Every evidence link recorded for the measure up to the report's date, earliest first, each address once: the
    /// latest update's alone would drop what was published earlier in the year.
    /// </summary>
    public IReadOnlyList<EvidenceLink> Evidence { get; init; } = [];
}
