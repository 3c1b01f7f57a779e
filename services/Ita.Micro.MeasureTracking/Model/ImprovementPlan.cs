namespace Ita.Micro.MeasureTracking.Model;

/// <summary>The improvement plan of one organisation for one fiscal year: the year after the assessed one.</summary>
public sealed class ImprovementPlan
{
    public Guid Id { get; set; }
    public required string OrganisationCode { get; set; }
    public required string OrganisationName { get; set; }
    public string OrganisationType { get; set; } = "";
    public required string Province { get; set; }
    public string? District { get; set; }
    public int AssessedFiscalYear { get; set; }
    public int PlanFiscalYear { get; set; }
    public Guid AnalysisId { get; set; }
    public int AnalysisRevision { get; set; }
    public PlanStatus Status { get; set; }
    public DateTime DraftedAtUtc { get; set; }

    /// <summary>Optimistic concurrency: every change to the plan itself raises it; a stale one is refused.</summary>
    public int Version { get; set; } = 1;

    public string? ApproverName { get; set; }
    public string? ApproverPosition { get; set; }
    public string? ApproverActingFor { get; set; }
    public string? ApprovedBy { get; set; }
    /// <summary>When the approval was recorded here; <see cref="ApprovedOn"/> is the day signed.</summary>
    public DateTime? ApprovedAtUtc { get; set; }
    /// <summary>The day the approver signed (Thailand's calendar), as entered; null for plans approved before it was kept.</summary>
    public DateOnly? ApprovedOn { get; set; }
    public DateOnly? AnnouncedOn { get; set; }
    public string? PublishedBy { get; set; }
    public DateTime? PublishedAtUtc { get; set; }
    public string? ClosedBy { get; set; }
    public DateTime? ClosedAtUtc { get; set; }

    /// <summary>The assessed year's indicator and item scores the measures start from (the baseline of effectiveness).</summary>
    public List<BaselineScore> Baseline { get; set; } = [];

    /// <summary>The analysis's urgent findings (ข้อบกพร่องที่ต้องแก้ไขโดยเร่งด่วน), for oversight.</summary>
    public List<UrgentFinding> UrgentFindings { get; set; } = [];

    /// <summary>How many urgent findings the plan has, kept with every save (see <see cref="Services.PlanCoverage"/>) so oversight counts them in SQL.</summary>
    public int UrgentFindingCount { get; set; }

    /// <summary>How many of them a measure still in the plan answers, kept with every save like <see cref="UrgentFindingCount"/>.</summary>
    public int UrgentFindingsCovered { get; set; }

    /// <summary>Proposals officers removed: a newer analysis revision does not bring them back.</summary>
    public List<string> DismissedProposals { get; set; } = [];

    public List<Measure> Measures { get; set; } = [];
}
