namespace Ita.Micro.Contracts;

/// <summary>
/// An organisation submitted its 6- or 12-month report on its plan: a frozen snapshot that later edits never change.
/// A correction supersedes the report of its period as the next revision. Business key: (PlanId, Period, Revision).
/// </summary>
public sealed record ProgressReportSubmitted
{
    public required Guid ReportId { get; init; }
    public required Guid PlanId { get; init; }
    public required OrganisationInfo Organisation { get; init; }
    public required int AssessedFiscalYear { get; init; }
    public required int PlanFiscalYear { get; init; }
    public required ReportPeriod Period { get; init; }

    /// <summary>The last day the report covers: 31 March or 30 September (Gregorian dates).</summary>
    public required DateOnly AsOf { get; init; }
    public required IReadOnlyList<ProgressReportEntry> Entries { get; init; }

    /// <summary>The memo's chain of comment-and-signature blocks, first (the officer who prepared it) to last (นายก).</summary>
    public required IReadOnlyList<Signatory> Signatories { get; init; }
    public required string SubmittedBy { get; init; }
    public required DateTime SubmittedAtUtc { get; init; }

    /// <summary>1 for the period's first report; each correction that supersedes the current one is the next.</summary>
    public int Revision { get; init; } = 1;

    /// <summary>The report this one corrects and replaces (its ReportId); null for a first report.</summary>
    public Guid? Supersedes { get; init; }

    /// <summary>Why the earlier report was corrected; set when <see cref="Supersedes"/> is.</summary>
    public string? CorrectionReason { get; init; }

    /// <summary>The memo's ส่วนราชการ: the unit that prepared the report (e.g. สำนักปลัด); null when not given.</summary>
    public string? OriginatingUnit { get; init; }

    /// <summary>The organisation's document-number prefix (the memo's ที่, e.g. ตก ๗๓๖๐๑); null when not kept.</summary>
    public string? DocumentPrefix { get; init; }

    /// <summary>The memo's number after the prefix; null when not known at submission (printed as a dotted line).</summary>
    public string? DocumentNumber { get; init; }
}
