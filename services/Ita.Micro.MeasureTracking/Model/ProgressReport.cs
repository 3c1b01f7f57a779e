using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// A submitted 6- or 12-month report: a snapshot of the measures and their progress as they stood, stored as data
/// so that later edits of the plan or its progress never change it.
/// </summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public ReportPeriod Period { get; set; }
    public DateOnly AsOf { get; set; }
    public List<ProgressReportEntry> Entries { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];
    public required string SubmittedBy { get; set; }
    public DateTime SubmittedAtUtc { get; set; }
}
