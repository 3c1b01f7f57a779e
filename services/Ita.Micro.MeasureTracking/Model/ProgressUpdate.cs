using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>One dated progress update of a measure.</summary>
public sealed class ProgressUpdate
{
    public Guid Id { get; set; }
    public Guid MeasureId { get; set; }
    public DateOnly ReportedOn { get; set; }
    public MeasureStatus Status { get; set; }
    public required string Output { get; set; }
    public string Outcome { get; set; } = "";
    public string? DroppedReason { get; set; }
    public List<EvidenceLink> Evidence { get; set; } = [];
    public required string ReportedBy { get; set; }
    public DateTime RecordedAtUtc { get; set; }
    public int Version { get; set; } = 1;
}
