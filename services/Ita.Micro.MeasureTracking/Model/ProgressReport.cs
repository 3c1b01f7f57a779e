using Ita.Micro.Contracts;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// A submitted 6- or 12-month report: a snapshot of the measures and their progress as they stood, stored as data
/// so that later edits of the plan or its progress never change it. A correction does not change it either: it is
/// superseded by the next revision and kept, marked with who replaced it, when, why and by which report.
/// </summary>
public sealed class ProgressReport
{
    public Guid Id { get; set; }
    public Guid PlanId { get; set; }
    public ReportPeriod Period { get; set; }

    /// <summary>1 for the period's first report, +1 for each correction.</summary>
    public int Revision { get; set; } = 1;
    public DateOnly AsOf { get; set; }
    public List<ProgressReportEntry> Entries { get; set; } = [];
    public List<Signatory> Signatories { get; set; } = [];

    /// <summary>The memo's ส่วนราชการ: the unit that prepared the report, from the organisation's list.</summary>
    public string? OriginatingUnit { get; set; }

    /// <summary>The organisation's document-number prefix when submitted (the memo's ที่).</summary>
    public string? DocumentPrefix { get; set; }

    /// <summary>The memo's number after the prefix; null when not known.</summary>
    public string? DocumentNumber { get; set; }
    public required string SubmittedBy { get; set; }
    public DateTime SubmittedAtUtc { get; set; }

    /// <summary>The report this one corrects; null for a first report.</summary>
    public Guid? Supersedes { get; set; }
    public string? CorrectionReason { get; set; }

    /// <summary>The report that replaced this one; null while it is the period's current report.</summary>
    public Guid? SupersededBy { get; set; }
    public string? SupersededByUser { get; set; }
    public DateTime? SupersededAtUtc { get; set; }
    public string? SupersededReason { get; set; }
}
