namespace Ita.Micro.Contracts;

/// <summary>One dated progress update of a measure.</summary>
public sealed record MeasureProgress
{
    public required Guid ProgressId { get; init; }
    public required DateOnly ReportedOn { get; init; }
    public required MeasureStatus Status { get; init; }

    /// <summary>ผลการดำเนินการ: what was done.</summary>
    public required string Output { get; init; }

    /// <summary>ผลลัพธ์: what changed because of it.</summary>
    public string Outcome { get; init; } = "";

    /// <summary>Why the measure was dropped; set only when Status is Dropped.</summary>
    public string? DroppedReason { get; init; }
    public IReadOnlyList<EvidenceLink> Evidence { get; init; } = [];
    public required string ReportedBy { get; init; }
}
