using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// The improvement plan of one organisation for one fiscal year: the year after the assessed one. It owns its life
/// (Draft → Approved → Published → Closed) and what each state allows: every change goes through a method below that
/// either makes it or returns the <see cref="PlanRefusal"/> the caller is answered with, and changes nothing then.
/// Methods that take a version (the one the caller read) refuse a stale one after the state's own rules, so that a
/// request that could never succeed is told why rather than asked to reload.
/// </summary>
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

    /// <summary>The organisation's approver signs the draft: its measures are fixed from now on.</summary>
    public PlanRefusal? Approve(int basedOn, PlanApproval approval, DateOnly today, string who, DateTime nowUtc)
    {
        var fiscalYearStart =
            $"วันเริ่มปีงบประมาณ {ThaiText.Integer(AssessedFiscalYear, thaiDigits: true)} "
            + "ที่แผนนี้วิเคราะห์ผลการประเมิน";
        if (
            SigningDate.Problem(
                "signedOn",
                "วันที่ลงนามอนุมัติ",
                approval.SignedOn,
                today,
                SigningDate.EarliestApproval(this),
                fiscalYearStart
            ) is
            { } badDate
        )
            return PlanRefusal.Invalid("signedOn", badDate);
        if (Status != PlanStatus.Draft)
            return NotAllowed(
                $"อนุมัติได้เฉพาะแผนที่เป็นร่าง แผนนี้{Thai(Status)} / " + "Only a draft plan can be approved."
            );
        if (Stale("แผน", basedOn, Version) is { } stale)
            return stale;
        if (Measures.Count == 0)
            return NotAllowed(
                "แผนยังไม่มีมาตรการ ต้องมีอย่างน้อย ๑ มาตรการจึงจะอนุมัติได้ / "
                    + "A plan without measures cannot be approved."
            );

        Status = PlanStatus.Approved;
        ApproverName = approval.Name;
        ApproverPosition = approval.Position;
        ApproverActingFor = approval.ActingFor;
        ApprovedBy = who;
        ApprovedAtUtc = nowUtc;
        ApprovedOn = approval.SignedOn;
        Version++;
        return null;
    }

    /// <summary>
    /// The approved plan is announced (ประกาศ) on a day not before it was signed; progress is reported from then on.
    /// </summary>
    public PlanRefusal? Publish(int basedOn, DateOnly announcedOn, DateOnly today, string who, DateTime nowUtc)
    {
        if (Status != PlanStatus.Approved)
            return NotAllowed(
                Status == PlanStatus.Draft
                    ? "ประกาศแผนที่ยังไม่ได้รับอนุมัติไม่ได้ ต้องให้ผู้มีอำนาจอนุมัติก่อน / "
                        + "An unapproved plan cannot be published."
                    : $"ประกาศได้เฉพาะแผนที่อนุมัติแล้ว แผนนี้{Thai(Status)} / Only an approved plan can be published."
            );
        if (Stale("แผน", basedOn, Version) is { } stale)
            return stale;
        if (
            SigningDate.Problem(
                "announcedOn",
                "วันที่ประกาศ",
                announcedOn,
                today,
                SigningDate.ApprovedOn(this)!.Value,
                "วันที่ลงนามอนุมัติแผน"
            ) is
            { } badDate
        )
            return PlanRefusal.Invalid("announcedOn", badDate);

        Status = PlanStatus.Published;
        AnnouncedOn = announcedOn;
        PublishedBy = who;
        PublishedAtUtc = nowUtc;
        Version++;
        return null;
    }

    /// <summary>The fiscal year's work is over: nothing but corrections of its reports changes any more.</summary>
    public PlanRefusal? Close(int basedOn, string who, DateTime nowUtc)
    {
        if (Status != PlanStatus.Published)
            return NotAllowed(
                $"ปิดได้เฉพาะแผนที่ประกาศแล้ว แผนนี้{Thai(Status)} / " + "Only a published plan can be closed."
            );
        if (Stale("แผน", basedOn, Version) is { } stale)
            return stale;

        Status = PlanStatus.Closed;
        ClosedBy = who;
        ClosedAtUtc = nowUtc;
        Version++;
        return null;
    }

    /// <summary>
    /// Null while the measures may change (a draft); the approver signed the measures as they are. Asked before a
    /// request is validated, so a locked plan answers 409 rather than the request's 400.
    /// </summary>
    public PlanRefusal? CheckMeasuresEditable() =>
        Status == PlanStatus.Draft
            ? null
            : NotAllowed(
                $"แก้ไขมาตรการได้เฉพาะแผนที่เป็นร่าง แผนนี้{Thai(Status)} / "
                    + "Measures can only be changed while the plan is a draft."
            );

    /// <summary>Adds an officer's measure where asked (the ones from there move down), or last.</summary>
    public PlanRefusal? AddMeasure(Measure measure, int? wantedOrder)
    {
        if (CheckMeasuresEditable() is { } locked)
            return locked;
        var order = Math.Min(wantedOrder ?? int.MaxValue, Measures.Count + 1);
        foreach (var other in Measures.Where(m => m.Order >= order))
            other.Order++;
        measure.PlanId = Id;
        measure.Order = order;
        Measures.Add(measure);
        return null;
    }

    /// <summary>
    /// Writes an officer's edit to one of the measures and moves it when asked; the changes (none when the edit
    /// repeats what is stored) are what the audit trail records, and only a real change raises its version.
    /// </summary>
    public (PlanRefusal? Refusal, IReadOnlyList<AuditChange> Changes) EditMeasure(
        Measure measure,
        int basedOn,
        MeasureInput input
    )
    {
        if ((CheckMeasuresEditable() ?? Stale("มาตรการ", basedOn, measure.Version)) is { } refused)
            return (refused, []);
        var before = AuditTrail.Fields(measure);
        MeasureValidator.Apply(measure, input);
        if (input.Order is { } wanted && wanted != measure.Order)
            Move(measure, wanted);
        var changes = AuditTrail.Diff(before, AuditTrail.Fields(measure));
        if (changes.Count > 0)
        {
            measure.EditedByOfficer = true;
            measure.Version++;
        }
        return (null, changes);
    }

    /// <summary>Removes a measure; a system proposal removed stays removed when the analysis is revised.</summary>
    public PlanRefusal? RemoveMeasure(Measure measure, int basedOn)
    {
        if ((CheckMeasuresEditable() ?? Stale("มาตรการ", basedOn, measure.Version)) is { } refused)
            return refused;
        Measures.Remove(measure);
        if (measure.ProposalKey is not null && !DismissedProposals.Contains(measure.ProposalKey))
            DismissedProposals = [.. DismissedProposals, measure.ProposalKey];
        // Orders 1…n again, keeping the removed one's gap out of the documents.
        var order = 1;
        foreach (var kept in Measures.OrderBy(m => m.Order).ToList())
            kept.Order = order++;
        return null;
    }

    /// <summary>
    /// Null while progress may be reported or corrected: from approval until the plan is closed. Asked before a
    /// request is validated, like <see cref="CheckMeasuresEditable"/>.
    /// </summary>
    public PlanRefusal? CheckProgressOpen() =>
        Status is PlanStatus.Approved or PlanStatus.Published
            ? null
            : NotAllowed(
                Status == PlanStatus.Draft
                    ? "รายงานความก้าวหน้าได้เมื่อแผนได้รับอนุมัติแล้ว แผนนี้ยังเป็นร่าง / "
                        + "Progress is reported once the plan is approved."
                    : "แผนนี้ปิดแล้ว รายงานหรือแก้ไขความก้าวหน้าไม่ได้ / The plan is closed."
            );

    /// <summary>Adds a dated update to a measure, whose status becomes that of its latest update.</summary>
    public PlanRefusal? RecordProgress(Measure measure, ProgressUpdate update)
    {
        if (CheckProgressOpen() is { } closed)
            return closed;
        update.MeasureId = measure.Id;
        measure.Progress.Add(update);
        measure.Status = LatestStatus(measure);
        return null;
    }

    /// <summary>
    /// Corrects an update; a real change raises its version and the measure's status follows its latest update
    /// again. A report already submitted keeps what it held: it is a snapshot, not a view.
    /// </summary>
    public (PlanRefusal? Refusal, IReadOnlyList<AuditChange> Changes) CorrectProgress(
        Measure measure,
        ProgressUpdate update,
        int basedOn,
        ProgressInput input
    )
    {
        if ((CheckProgressOpen() ?? Stale("รายงานความก้าวหน้า", basedOn, update.Version)) is { } refused)
            return (refused, []);
        var before = AuditTrail.Fields(update);
        ProgressValidator.Apply(update, input);
        var changes = AuditTrail.Diff(before, AuditTrail.Fields(update));
        if (changes.Count > 0)
        {
            update.Version++;
            measure.Status = LatestStatus(measure);
        }
        return (null, changes);
    }

    /// <summary>
    /// Null when the period's report may be submitted: the plan is published, the period has no report yet
    /// (<paramref name="submitted"/>: the periods of the reports it has) and its last day has come, since a report
    /// says how things stood on that day and sent earlier it would claim days it never saw.
    /// </summary>
    public PlanRefusal? CheckReportSubmission(
        ReportPeriod period,
        IReadOnlyCollection<ReportPeriod> submitted,
        DateOnly today
    )
    {
        if (Status != PlanStatus.Published)
            return NotAllowed(
                $"ส่งรายงานได้เฉพาะแผนที่ประกาศแล้ว แผนนี้{Thai(Status)} / "
                    + "Reports are submitted for a published plan."
            );
        if (submitted.Contains(period))
            return ReportAlreadySubmitted(period);
        var asOf = ReportDeadlines.AsOf(PlanFiscalYear, period);
        if (today < asOf)
            return PlanRefusal.Conflict(
                "period",
                $"ส่งรายงานรอบ {Months(period)} เดือนได้ตั้งแต่วันที่ "
                    + $"{ThaiText.Date(asOf, thaiDigits: true)} (period) / "
                    + $"The report can be submitted from {asOf:yyyy-MM-dd}."
            );
        return null;
    }

    /// <summary>The period's report, frozen now: each measure, its latest update and evidence to its date.</summary>
    public (ProgressReport? Report, PlanRefusal? Refusal) SubmitReport(
        ReportPeriod period,
        IReadOnlyCollection<ReportPeriod> submitted,
        DateOnly today,
        ReportMemo memo,
        string who,
        DateTime nowUtc
    ) =>
        CheckReportSubmission(period, submitted, today) is { } refused
            ? (null, refused)
            : (NewReport(period, 1, memo, who, nowUtc), null);

    /// <summary>The answer when the period has a report already, also when another request sent it first.</summary>
    public static PlanRefusal ReportAlreadySubmitted(ReportPeriod period) =>
        PlanRefusal.Conflict(
            "period",
            $"ส่งรายงานรอบ {Months(period)} เดือนของแผนนี้ไปแล้ว หากต้องแก้ไข "
                + "ให้ส่งรายงานฉบับแก้ไขแทนที่ (POST …/reports/{reportId}/supersede) (period) / "
                + "This report was already submitted; correct it with a superseding report."
        );

    /// <summary>
    /// Null when <paramref name="earlier"/> may be corrected: it is the period's current report, and the plan is
    /// published or closed (a correction is not new reporting: a closed plan's report can still be put right).
    /// </summary>
    public PlanRefusal? CheckReportCorrection(ProgressReport earlier)
    {
        if (Status is not (PlanStatus.Published or PlanStatus.Closed))
            return NotAllowed(
                $"แก้ไขรายงานได้เฉพาะแผนที่ประกาศหรือปิดแล้ว แผนนี้{Thai(Status)} / "
                    + "Reports are corrected for a published or closed plan."
            );
        if (earlier.SupersededBy is { } by)
            return PlanRefusal.Conflict(
                "reportId",
                $"รายงานนี้ถูกแทนที่ด้วยรายงาน {by} แล้ว "
                    + "ให้แก้ไขรายงานฉบับปัจจุบัน (reportId) / "
                    + $"This report was already superseded by {by}; correct the current one."
            );
        return null;
    }

    /// <summary>
    /// The corrected report that replaces <paramref name="earlier"/>: the progress taken again up to the period's
    /// last day, the next revision. The earlier one stays, marked with who replaced it, when, why and by which.
    /// </summary>
    public (ProgressReport? Report, PlanRefusal? Refusal) SupersedeReport(
        ProgressReport earlier,
        string reason,
        ReportMemo memo,
        string who,
        DateTime nowUtc
    )
    {
        if (earlier.PlanId != Id)
            throw new ArgumentException("The report is another plan's.", nameof(earlier));
        if (CheckReportCorrection(earlier) is { } refused)
            return (null, refused);
        var report = NewReport(earlier.Period, earlier.Revision + 1, memo, who, nowUtc);
        report.Supersedes = earlier.Id;
        report.CorrectionReason = reason;
        earlier.SupersededBy = report.Id;
        earlier.SupersededByUser = who;
        earlier.SupersededAtUtc = nowUtc;
        earlier.SupersededReason = reason;
        return (report, null);
    }

    private ProgressReport NewReport(ReportPeriod period, int revision, ReportMemo memo, string who, DateTime nowUtc)
    {
        var asOf = ReportDeadlines.AsOf(PlanFiscalYear, period);
        return new ProgressReport
        {
            Id = Guid.NewGuid(),
            PlanId = Id,
            Period = period,
            Revision = revision,
            AsOf = asOf,
            Entries = ReportSnapshot.Entries(this, asOf),
            Signatories = [.. memo.Signatories],
            OriginatingUnit = memo.OriginatingUnit,
            DocumentPrefix = memo.DocumentPrefix,
            DocumentNumber = memo.DocumentNumber,
            SubmittedBy = who,
            SubmittedAtUtc = nowUtc,
        };
    }

    private void Move(Measure measure, int wanted)
    {
        var ordered = Measures.OrderBy(m => m.Order).Where(m => m != measure).ToList();
        ordered.Insert(Math.Min(wanted, ordered.Count + 1) - 1, measure);
        for (var i = 0; i < ordered.Count; i++)
            ordered[i].Order = i + 1;
    }

    private static MeasureStatus LatestStatus(Measure measure) =>
        PlannedMeasures.Latest(measure.Progress, DateOnly.MaxValue)?.Status ?? MeasureStatus.NotStarted;

    private PlanRefusal NotAllowed(string detail) => PlanRefusal.NotAllowed(detail, this);

    private static PlanRefusal? Stale(string what, int basedOn, int current) =>
        basedOn == current ? null : PlanRefusal.StaleVersion(what, basedOn, current);

    /// <summary>๖ or ๑๒, as the period is named in Thai.</summary>
    private static string Months(ReportPeriod period) => ThaiText.Integer((int)period, thaiDigits: true);

    private static string Thai(PlanStatus status) =>
        status switch
        {
            PlanStatus.Draft => "ร่าง",
            PlanStatus.Approved => "อนุมัติแล้ว",
            PlanStatus.Published => "ประกาศแล้ว",
            PlanStatus.Closed => "ปิดแผนแล้ว",
            _ => status.ToString(),
        };
}
