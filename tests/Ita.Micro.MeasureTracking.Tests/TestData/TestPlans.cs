using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests.TestData;

/// <summary>
/// Plans of the FY 2569 (assessed 2568) in each state, built in memory as the database holds them, so that each of
/// the plan's rules is tested on its own rather than through the transitions before it.
/// </summary>
public static class TestPlans
{
    /// <summary>Two days after the six-month period ended (31 March 2569), in Thailand.</summary>
    public static readonly DateOnly Today = new(2026, 4, 2);

    public static readonly DateTime NowUtc = new(2026, 4, 2, 3, 0, 0, DateTimeKind.Utc);

    /// <summary>The day the approver of <see cref="In"/>'s approved plans signed.</summary>
    public static readonly DateOnly SignedOn = new(2025, 11, 3);

    public const string Officer = "officer-6630801";

    /// <summary>A draft with <paramref name="measures"/> measures ordered 1…n, at version 1.</summary>
    public static ImprovementPlan Draft(int measures = 2)
    {
        var plan = new ImprovementPlan
        {
            Id = Guid.NewGuid(),
            OrganisationCode = "6630801",
            OrganisationName = "เทศบาลตำบลแม่จัน",
            Province = "ตาก",
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            Status = PlanStatus.Draft,
        };
        for (var order = 1; order <= measures; order++)
            plan.Measures.Add(Measure(plan, order));
        return plan;
    }

    /// <summary>A plan in <paramref name="status"/> with what reaching it recorded; its version counts steps.</summary>
    public static ImprovementPlan In(PlanStatus status)
    {
        var plan = Draft();
        if (status == PlanStatus.Draft)
            return plan;
        plan.Status = PlanStatus.Approved;
        plan.ApproverName = "นายสมชาย ใจดี";
        plan.ApproverPosition = "นายกเทศมนตรีตำบลแม่จัน";
        plan.ApprovedBy = "approver-6630801";
        plan.ApprovedAtUtc = new DateTime(2025, 11, 3, 4, 0, 0, DateTimeKind.Utc);
        plan.ApprovedOn = SignedOn;
        plan.Version = 2;
        if (status == PlanStatus.Approved)
            return plan;
        plan.Status = PlanStatus.Published;
        plan.AnnouncedOn = new DateOnly(2025, 11, 10);
        plan.PublishedBy = Officer;
        plan.PublishedAtUtc = new DateTime(2025, 11, 10, 4, 0, 0, DateTimeKind.Utc);
        plan.Version = 3;
        if (status == PlanStatus.Published)
            return plan;
        plan.Status = PlanStatus.Closed;
        plan.ClosedBy = Officer;
        plan.ClosedAtUtc = new DateTime(2026, 10, 5, 4, 0, 0, DateTimeKind.Utc);
        plan.Version = 4;
        return plan;
    }

    public static Measure Measure(ImprovementPlan plan, int order, string? proposalKey = null)
    {
        var period = MeasurePeriod.WholeYear(plan.PlanFiscalYear);
        return new Measure
        {
            Id = Guid.NewGuid(),
            PlanId = plan.Id,
            Order = order,
            Title = $"มาตรการที่ {order}",
            Indicators = [new IndicatorRef { Number = 4, Name = "การใช้ทรัพย์สินของราชการ" }],
            Finding = "ตัวชี้วัดที่ 4 ได้ 72.30 คะแนน",
            Steps = ["จัดทำแนวปฏิบัติ", "ประชาสัมพันธ์"],
            ResponsibleUnits = ["สำนักปลัด"],
            Period = period.Text,
            PeriodStart = period.Start,
            PeriodEnd = period.End,
            Target = "ร้อยละ 100",
            ProposalKey = proposalKey,
        };
    }

    /// <summary>What an officer sends to keep <paramref name="measure"/> as it is but for a title and order.</summary>
    public static MeasureInput Edit(Measure measure, string? title = null, int? order = null) =>
        new(
            title ?? measure.Title,
            measure.Indicators,
            measure.ItemConcepts,
            measure.Finding,
            measure.Steps,
            measure.ResponsibleUnits,
            new MeasurePeriod(measure.PeriodStart, measure.PeriodEnd, measure.Period),
            measure.FollowUp,
            measure.Target,
            order
        );

    public static ProgressUpdate Update(DateOnly reportedOn, MeasureStatus status) =>
        new()
        {
            Id = Guid.NewGuid(),
            ReportedOn = reportedOn,
            Status = status,
            Output = "จัดอบรมเจ้าหน้าที่แล้ว",
            ReportedBy = Officer,
            RecordedAtUtc = NowUtc,
        };

    public static ProgressInput Correction(ProgressUpdate update, MeasureStatus status) =>
        new(update.ReportedOn, status, update.Output, update.Outcome, update.DroppedReason, update.Evidence);

    public static ReportMemo Memo() =>
        new(
            [
                new Signatory { Name = "นางสาวสุดา ตั้งใจ", Position = "นักวิเคราะห์นโยบายและแผน" },
                new Signatory { Name = "นายสมชาย ใจดี", Position = "นายกเทศมนตรีตำบลแม่จัน" },
            ],
            "สำนักปลัด",
            "ตก ๕๓๐๐๑",
            "๑๒๓/๒๕๖๙"
        );
}
