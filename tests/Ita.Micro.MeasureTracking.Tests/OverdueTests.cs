using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class OverdueTests
{
    private static readonly DateOnly EndOfFy2569 = ThaiFiscalYear.End(2569);

    [Fact]
    public void A_measure_ending_with_the_fiscal_year_is_on_time_on_30_September_and_overdue_on_1_October()
    {
        Assert.Equal(new DateOnly(2026, 9, 30), EndOfFy2569);
        Assert.False(OverdueRule.IsOverdue(EndOfFy2569, MeasureStatus.InProgress, new DateOnly(2026, 9, 30)));
        Assert.True(OverdueRule.IsOverdue(EndOfFy2569, MeasureStatus.InProgress, new DateOnly(2026, 10, 1)));
        Assert.True(OverdueRule.IsOverdue(EndOfFy2569, MeasureStatus.NotStarted, new DateOnly(2026, 10, 1)));
    }

    [Theory]
    [InlineData(MeasureStatus.Done)]
    [InlineData(MeasureStatus.Dropped)]
    public void A_measure_done_or_dropped_is_never_overdue(MeasureStatus status) =>
        Assert.False(OverdueRule.IsOverdue(EndOfFy2569, status, new DateOnly(2027, 1, 1)));

    [Fact]
    public void A_period_ending_in_a_leap_February_is_overdue_from_1_March_not_on_the_29th()
    {
        var period = MeasurePeriod.Months(ThaiFiscalYear.Start(2571), new DateOnly(2028, 2, 1));
        Assert.Equal(new DateOnly(2028, 2, 29), period.End);
        Assert.False(OverdueRule.IsOverdue(period.End, MeasureStatus.InProgress, new DateOnly(2028, 2, 29)));
        Assert.True(OverdueRule.IsOverdue(period.End, MeasureStatus.InProgress, new DateOnly(2028, 3, 1)));
        var commonYear = MeasurePeriod.Months(ThaiFiscalYear.Start(2570), new DateOnly(2027, 2, 1));
        Assert.True(OverdueRule.IsOverdue(commonYear.End, MeasureStatus.InProgress, new DateOnly(2027, 3, 1)));
        Assert.False(OverdueRule.IsOverdue(commonYear.End, MeasureStatus.InProgress, new DateOnly(2027, 2, 28)));
    }

    [Fact]
    public void Reports_cover_to_31_March_and_30_September_and_are_due_after_the_configured_days()
    {
        var options = new MeasureTrackingOptions();
        Assert.Equal(new DateOnly(2026, 3, 31), ReportDeadlines.AsOf(2569, ReportPeriod.SixMonths));
        Assert.Equal(new DateOnly(2026, 9, 30), ReportDeadlines.AsOf(2569, ReportPeriod.TwelveMonths));
        Assert.Equal(new DateOnly(2026, 4, 30), ReportDeadlines.DueOn(2569, ReportPeriod.SixMonths, options));
        Assert.Equal(new DateOnly(2026, 10, 31), ReportDeadlines.DueOn(2569, ReportPeriod.TwelveMonths, options));
        Assert.False(
            ReportDeadlines.IsLate(2569, ReportPeriod.SixMonths, submitted: false, new DateOnly(2026, 4, 30), options)
        );
        Assert.True(
            ReportDeadlines.IsLate(2569, ReportPeriod.SixMonths, submitted: false, new DateOnly(2026, 5, 1), options)
        );
        Assert.False(
            ReportDeadlines.IsLate(2569, ReportPeriod.SixMonths, submitted: true, new DateOnly(2026, 5, 1), options)
        );
        var strict = new MeasureTrackingOptions { TwelveMonthReportDueDays = 0 };
        Assert.True(
            ReportDeadlines.IsLate(2569, ReportPeriod.TwelveMonths, submitted: false, new DateOnly(2026, 10, 1), strict)
        );
    }

    [Fact]
    public void An_urgent_finding_is_covered_only_by_a_measure_still_in_the_plan_that_names_its_indicator_or_its_concept()
    {
        var measure = (int indicator, string[] concepts, MeasureStatus status) =>
            new OversightMeasureFacts([indicator], concepts, EndOfFy2569, status);
        UrgentFinding[] findings =
        [
            new(4, null, null),
            new(9, "O30", "oit-asset-borrow"),
            new(5, "O12", "oit-public-data"),
        ];

        // Indicator 9's only measure was dropped; the item of indicator 5 is answered by its concept on another indicator's measure.
        Assert.Equal(
            2,
            PlanCoverage.Covered(
                findings,
                [
                    measure(4, [], MeasureStatus.InProgress),
                    measure(9, [], MeasureStatus.Dropped),
                    measure(1, ["oit-public-data"], MeasureStatus.NotStarted),
                ]
            )
        );
        Assert.Equal(0, PlanCoverage.Covered(findings, []));
    }

    [Fact]
    public void Oversight_shares_the_covered_findings_and_counts_the_plans_without_a_report_once_its_deadline_has_passed()
    {
        var counts = new OversightCounts(
            new Dictionary<PlanStatus, int> { [PlanStatus.Published] = 1, [PlanStatus.Draft] = 1 },
            3,
            1,
            1,
            3,
            2,
            new Dictionary<ReportPeriod, int> { [ReportPeriod.SixMonths] = 1 }
        );

        var result = OversightCalculator.Compute(
            2569,
            "ตาก",
            counts,
            new DateOnly(2026, 5, 1),
            new MeasureTrackingOptions()
        );

        Assert.Equal(
            (2, 1, 1, 0, 0),
            (
                result.Plans,
                result.PlansByStatus[PlanStatus.Published],
                result.PlansByStatus[PlanStatus.Draft],
                result.PlansByStatus[PlanStatus.Approved],
                result.PlansByStatus[PlanStatus.Closed]
            )
        );
        Assert.Equal(
            (3, 2, 0.6667m),
            (result.UrgentFindings, result.UrgentFindingsWithMeasure, result.UrgentFindingsWithMeasureShare)
        );
        Assert.Equal(
            (1, 1, true),
            (
                result.SixMonthReport.Submitted,
                result.SixMonthReport.NotSubmittedByDeadline,
                result.SixMonthReport.DeadlinePassed
            )
        );
        Assert.Equal(
            (0, 0, false),
            (
                result.TwelveMonthReport.Submitted,
                result.TwelveMonthReport.NotSubmittedByDeadline,
                result.TwelveMonthReport.DeadlinePassed
            )
        );
    }
}
