namespace Ita.Micro.Contracts;

/// <summary>A measure in a submitted progress report with its latest update up to the report's date (null: none yet).</summary>
public sealed record ProgressReportEntry
{
    public required PlannedMeasure Measure { get; init; }
    public MeasureProgress? Progress { get; init; }
}
