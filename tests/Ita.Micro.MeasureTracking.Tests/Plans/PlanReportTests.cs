using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using static Ita.Micro.MeasureTracking.Tests.TestData.TestPlans;

namespace Ita.Micro.MeasureTracking.Tests.Plans;

/// <summary>
/// The plan's rules for its 6- and 12-month reports: submitted once each for a published plan, not before the
/// period's last day; corrected by a superseding report while the plan is published or closed.
/// </summary>
public sealed class PlanReportTests
{
    private static readonly DateOnly SixMonthsEnd = new(2026, 3, 31);

    [Fact]
    public void Submits_the_six_month_report_on_the_periods_last_day_frozen_as_things_stood_then()
    {
        var plan = In(PlanStatus.Published);
        var measure = plan.Measures[0];
        var inMarch = Update(new DateOnly(2026, 3, 20), MeasureStatus.InProgress);
        plan.RecordProgress(measure, inMarch);
        plan.RecordProgress(measure, Update(new DateOnly(2026, 4, 1), MeasureStatus.Done));
        var memo = Memo();

        var (report, refusal) = plan.SubmitReport(ReportPeriod.SixMonths, [], SixMonthsEnd, memo, Officer, NowUtc);

        Assert.Null(refusal);
        Assert.NotNull(report);
        Assert.Equal(
            (plan.Id, ReportPeriod.SixMonths, 1, SixMonthsEnd),
            (report.PlanId, report.Period, report.Revision, report.AsOf)
        );
        Assert.Equal(memo.Signatories, report.Signatories);
        Assert.Equal(
            ("สำนักปลัด", "ตก ๕๓๐๐๑", "๑๒๓/๒๕๖๙"),
            (report.OriginatingUnit, report.DocumentPrefix, report.DocumentNumber)
        );
        Assert.Equal((Officer, NowUtc), (report.SubmittedBy, report.SubmittedAtUtc));
        Assert.Equal([measure.Id, plan.Measures[1].Id], report.Entries.Select(e => e.Measure.MeasureId));
        Assert.Equal(inMarch.Id, report.Entries[0].Progress?.ProgressId);
        Assert.Null(report.Entries[1].Progress);
        Assert.Null(report.Supersedes);
    }

    [Fact]
    public void Submits_the_twelve_month_report_when_the_six_month_one_is_in()
    {
        var plan = In(PlanStatus.Published);

        var (report, refusal) = plan.SubmitReport(
            ReportPeriod.TwelveMonths,
            [ReportPeriod.SixMonths],
            new DateOnly(2026, 9, 30),
            Memo(),
            Officer,
            NowUtc
        );

        Assert.Null(refusal);
        Assert.Equal(new DateOnly(2026, 9, 30), report?.AsOf);
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "ร่าง")]
    [InlineData(PlanStatus.Approved, "อนุมัติแล้ว")]
    [InlineData(PlanStatus.Closed, "ปิดแผนแล้ว")]
    public void Refuses_a_report_for_a_plan_that_is_not_published(PlanStatus status, string thai)
    {
        var plan = In(status);
        var detail = $"ส่งรายงานได้เฉพาะแผนที่ประกาศแล้ว แผนนี้{thai} / Reports are submitted for a published plan.";

        PlanAssert.NotAllowed(plan, () => plan.CheckReportSubmission(ReportPeriod.SixMonths, [], Today), detail);
        PlanAssert.NotAllowed(
            plan,
            () => plan.SubmitReport(ReportPeriod.SixMonths, [], Today, Memo(), Officer, NowUtc).Refusal,
            detail
        );
    }

    [Fact]
    public void Refuses_a_second_report_of_the_same_period_pointing_to_a_correction()
    {
        var plan = In(PlanStatus.Published);
        const string detail =
            "ส่งรายงานรอบ ๖ เดือนของแผนนี้ไปแล้ว หากต้องแก้ไข ให้ส่งรายงานฉบับแก้ไขแทนที่ "
            + "(POST …/reports/{reportId}/supersede) (period) / "
            + "This report was already submitted; correct it with a superseding report.";

        var refusal = PlanAssert.Refused(
            plan,
            () =>
                plan.SubmitReport(
                    ReportPeriod.SixMonths,
                    [ReportPeriod.SixMonths],
                    Today,
                    Memo(),
                    Officer,
                    NowUtc
                ).Refusal,
            PlanRefusalKind.Conflict,
            detail
        );

        Assert.Equal("period", refusal.Field);
        Assert.Equal(refusal, ImprovementPlan.ReportAlreadySubmitted(ReportPeriod.SixMonths));
    }

    [Fact]
    public void Refuses_a_report_before_the_last_day_of_its_period()
    {
        var plan = In(PlanStatus.Published);

        var refusal = PlanAssert.Refused(
            plan,
            () => plan.CheckReportSubmission(ReportPeriod.TwelveMonths, [ReportPeriod.SixMonths], Today),
            PlanRefusalKind.Conflict,
            "ส่งรายงานรอบ ๑๒ เดือนได้ตั้งแต่วันที่ ๓๐ กันยายน ๒๕๖๙ (period) / "
                + "The report can be submitted from 2026-09-30."
        );

        Assert.Equal("period", refusal.Field);
        Assert.NotNull(plan.CheckReportSubmission(ReportPeriod.SixMonths, [], SixMonthsEnd.AddDays(-1)));
    }

    [Theory]
    [InlineData(PlanStatus.Published)]
    [InlineData(PlanStatus.Closed)]
    public void Supersedes_a_report_with_the_next_revision_keeping_the_earlier_marked(PlanStatus status)
    {
        var plan = In(PlanStatus.Published);
        var (earlier, _) = plan.SubmitReport(ReportPeriod.SixMonths, [], Today, Memo(), Officer, NowUtc);
        plan.Status = status;
        var later = NowUtc.AddDays(3);

        Assert.Null(plan.CheckReportCorrection(earlier!));
        var (report, refusal) = plan.SupersedeReport(earlier!, "เลขที่หนังสือผิด", Memo(), "officer-2", later);

        Assert.Null(refusal);
        Assert.NotNull(report);
        Assert.Equal(
            (ReportPeriod.SixMonths, 2, earlier!.Id, "เลขที่หนังสือผิด"),
            (report.Period, report.Revision, report.Supersedes, report.CorrectionReason)
        );
        Assert.Equal(
            (report.Id, "officer-2", later, "เลขที่หนังสือผิด"),
            (earlier.SupersededBy, earlier.SupersededByUser, earlier.SupersededAtUtc, earlier.SupersededReason)
        );
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "ร่าง")]
    [InlineData(PlanStatus.Approved, "อนุมัติแล้ว")]
    public void Refuses_to_correct_a_report_of_a_plan_neither_published_nor_closed(PlanStatus status, string thai)
    {
        var plan = In(PlanStatus.Published);
        var (earlier, _) = plan.SubmitReport(ReportPeriod.SixMonths, [], Today, Memo(), Officer, NowUtc);
        plan.Status = status;

        PlanAssert.NotAllowed(
            plan,
            () => plan.SupersedeReport(earlier!, "แก้ไข", Memo(), Officer, NowUtc).Refusal,
            $"แก้ไขรายงานได้เฉพาะแผนที่ประกาศหรือปิดแล้ว แผนนี้{thai} / "
                + "Reports are corrected for a published or closed plan."
        );
        Assert.Null(earlier!.SupersededBy);
    }

    [Fact]
    public void Refuses_to_correct_a_report_already_superseded_naming_the_one_to_correct()
    {
        var plan = In(PlanStatus.Published);
        var (earlier, _) = plan.SubmitReport(ReportPeriod.SixMonths, [], Today, Memo(), Officer, NowUtc);
        var (current, _) = plan.SupersedeReport(earlier!, "แก้ไขครั้งแรก", Memo(), Officer, NowUtc);
        var by = current!.Id;

        var refusal = PlanAssert.Refused(
            plan,
            () => plan.CheckReportCorrection(earlier!),
            PlanRefusalKind.Conflict,
            $"รายงานนี้ถูกแทนที่ด้วยรายงาน {by} แล้ว ให้แก้ไขรายงานฉบับปัจจุบัน (reportId) / "
                + $"This report was already superseded by {by}; correct the current one."
        );

        Assert.Equal("reportId", refusal.Field);
        Assert.NotNull(plan.SupersedeReport(earlier!, "แก้ไขอีก", Memo(), Officer, NowUtc).Refusal);
        Assert.Equal(by, earlier!.SupersededBy);
    }

    [Fact]
    public void Will_not_supersede_another_plans_report()
    {
        var other = In(PlanStatus.Published);
        var (report, _) = other.SubmitReport(ReportPeriod.SixMonths, [], Today, Memo(), Officer, NowUtc);
        var plan = In(PlanStatus.Published);

        Assert.Throws<ArgumentException>(() => plan.SupersedeReport(report!, "ผิดแผน", Memo(), Officer, NowUtc));
    }
}
