using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using static Ita.Micro.MeasureTracking.Tests.TestData.TestPlans;

namespace Ita.Micro.MeasureTracking.Tests.Plans;

/// <summary>
/// The plan's rules for its content: measures change only in a draft; progress is reported from approval until the
/// plan is closed; each change is refused when based on a version someone else replaced.
/// </summary>
public sealed class PlanContentTests
{
    private const string StaleMeasure =
        "มาตรการถูกแก้ไขไปแล้ว: ส่ง version 1 มา แต่ฉบับปัจจุบันคือ version 2 กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง";

    [Fact]
    public void Adds_a_measure_where_asked_moving_the_later_ones_down()
    {
        var plan = Draft(measures: 3);
        var (first, second, third) = (plan.Measures[0], plan.Measures[1], plan.Measures[2]);
        var added = Measure(plan, 0);

        Assert.Null(plan.AddMeasure(added, 2));

        Assert.Equal([1, 2, 3, 4], new[] { first, added, second, third }.Select(m => m.Order));
        Assert.Contains(added, plan.Measures);
        Assert.Equal(plan.Id, added.PlanId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(4)]
    [InlineData(99)]
    public void Adds_a_measure_last_when_no_place_or_one_past_the_end_is_asked(int? wanted)
    {
        var plan = Draft(measures: 3);
        var added = Measure(plan, 0);

        Assert.Null(plan.AddMeasure(added, wanted));

        Assert.Equal(4, added.Order);
        Assert.Equal([1, 2, 3], plan.Measures.Where(m => m != added).Select(m => m.Order));
    }

    [Fact]
    public void Allows_measures_to_change_while_the_plan_is_a_draft()
    {
        Assert.Null(Draft().CheckMeasuresEditable());
    }

    [Theory]
    [InlineData(PlanStatus.Approved, "อนุมัติแล้ว")]
    [InlineData(PlanStatus.Published, "ประกาศแล้ว")]
    [InlineData(PlanStatus.Closed, "ปิดแผนแล้ว")]
    public void Refuses_to_add_edit_or_remove_a_measure_once_the_plan_is_approved(PlanStatus status, string thai)
    {
        var plan = In(status);
        var measure = plan.Measures[0];
        var detail =
            $"แก้ไขมาตรการได้เฉพาะแผนที่เป็นร่าง แผนนี้{thai} / "
            + "Measures can only be changed while the plan is a draft.";

        PlanAssert.NotAllowed(plan, plan.CheckMeasuresEditable, detail);
        PlanAssert.NotAllowed(plan, () => plan.AddMeasure(Measure(plan, 0), null), detail);
        PlanAssert.NotAllowed(plan, () => plan.EditMeasure(measure, 1, Edit(measure, title: "ใหม่")).Refusal, detail);
        PlanAssert.NotAllowed(plan, () => plan.RemoveMeasure(measure, 1), detail);
        Assert.Equal(2, plan.Measures.Count);
    }

    [Fact]
    public void Edits_a_measure_raising_its_version_and_telling_what_changed()
    {
        var plan = Draft();
        var measure = plan.Measures[0];

        var (refusal, changes) = plan.EditMeasure(measure, 1, Edit(measure, title: "อบรมการใช้ทรัพย์สินของราชการ"));

        Assert.Null(refusal);
        Assert.Equal("อบรมการใช้ทรัพย์สินของราชการ", measure.Title);
        Assert.Equal((2, true), (measure.Version, measure.EditedByOfficer));
        var change = Assert.Single(changes);
        Assert.Equal(new AuditChange("title", "มาตรการที่ 1", "อบรมการใช้ทรัพย์สินของราชการ"), change);
    }

    [Fact]
    public void Moves_a_measure_to_the_place_asked_and_renumbers_the_others()
    {
        var plan = Draft(measures: 3);
        var (first, second, third) = (plan.Measures[0], plan.Measures[1], plan.Measures[2]);

        var (refusal, changes) = plan.EditMeasure(third, 1, Edit(third, order: 1));

        Assert.Null(refusal);
        Assert.Equal([1, 2, 3], new[] { third, first, second }.Select(m => m.Order));
        Assert.Equal(new AuditChange("order", "3", "1"), Assert.Single(changes));
        Assert.Equal(2, third.Version);
    }

    [Fact]
    public void Keeps_the_version_when_an_edit_repeats_what_is_stored()
    {
        var plan = Draft();
        var measure = plan.Measures[0];

        var (refusal, changes) = plan.EditMeasure(measure, 1, Edit(measure));

        Assert.Null(refusal);
        Assert.Empty(changes);
        Assert.Equal((1, false), (measure.Version, measure.EditedByOfficer));
    }

    [Fact]
    public void Refuses_an_edit_based_on_a_version_of_the_measure_someone_else_replaced()
    {
        var plan = Draft();
        var measure = plan.Measures[0];
        measure.Version = 2;

        var refusal = PlanAssert.Refused(
            plan,
            () => plan.EditMeasure(measure, 1, Edit(measure, title: "ใหม่")).Refusal,
            PlanRefusalKind.StaleVersion,
            StaleMeasure
        );

        Assert.Equal(("version", 2), (refusal.Field, refusal.CurrentVersion));
    }

    [Fact]
    public void Removes_a_measure_renumbering_the_rest_and_keeping_its_proposal_dismissed()
    {
        var plan = Draft(measures: 3);
        var (first, second, third) = (plan.Measures[0], plan.Measures[1], plan.Measures[2]);
        second.ProposalKey = "indicator:4";

        Assert.Null(plan.RemoveMeasure(second, 1));

        Assert.Equal([first, third], plan.Measures);
        Assert.Equal([1, 2], plan.Measures.Select(m => m.Order));
        Assert.Equal(["indicator:4"], plan.DismissedProposals);
    }

    [Fact]
    public void Removes_an_officers_own_measure_without_dismissing_any_proposal()
    {
        var plan = Draft();

        Assert.Null(plan.RemoveMeasure(plan.Measures[0], 1));

        Assert.Single(plan.Measures);
        Assert.Empty(plan.DismissedProposals);
    }

    [Fact]
    public void Refuses_to_remove_a_measure_someone_else_changed_since()
    {
        var plan = Draft();
        var measure = plan.Measures[0];
        measure.Version = 2;

        PlanAssert.Refused(plan, () => plan.RemoveMeasure(measure, 1), PlanRefusalKind.StaleVersion, StaleMeasure);
        Assert.Contains(measure, plan.Measures);
    }

    [Theory]
    [InlineData(PlanStatus.Approved)]
    [InlineData(PlanStatus.Published)]
    public void Records_progress_once_approved_and_until_closed(PlanStatus status)
    {
        var plan = In(status);
        var measure = plan.Measures[0];
        var update = Update(new DateOnly(2026, 1, 15), MeasureStatus.InProgress);

        Assert.Null(plan.CheckProgressOpen());
        Assert.Null(plan.RecordProgress(measure, update));

        Assert.Equal(measure.Id, update.MeasureId);
        Assert.Equal([update], measure.Progress);
        Assert.Equal(MeasureStatus.InProgress, measure.Status);
    }

    [Fact]
    public void Gives_a_measure_the_status_of_its_latest_update_by_date_not_by_when_recorded()
    {
        var plan = In(PlanStatus.Published);
        var measure = plan.Measures[0];

        plan.RecordProgress(measure, Update(new DateOnly(2026, 3, 1), MeasureStatus.Done));
        plan.RecordProgress(measure, Update(new DateOnly(2026, 2, 1), MeasureStatus.InProgress));

        Assert.Equal(MeasureStatus.Done, measure.Status);
    }

    [Theory]
    [InlineData(
        PlanStatus.Draft,
        "รายงานความก้าวหน้าได้เมื่อแผนได้รับอนุมัติแล้ว แผนนี้ยังเป็นร่าง / "
            + "Progress is reported once the plan is approved."
    )]
    [InlineData(PlanStatus.Closed, "แผนนี้ปิดแล้ว รายงานหรือแก้ไขความก้าวหน้าไม่ได้ / The plan is closed.")]
    public void Refuses_progress_before_approval_and_after_closing(PlanStatus status, string detail)
    {
        var plan = In(status);
        var measure = plan.Measures[0];
        var update = Update(new DateOnly(2026, 1, 15), MeasureStatus.Done);
        measure.Progress.Add(update);

        PlanAssert.NotAllowed(plan, plan.CheckProgressOpen, detail);
        PlanAssert.NotAllowed(plan, () => plan.RecordProgress(measure, Update(Today, MeasureStatus.Done)), detail);
        PlanAssert.NotAllowed(
            plan,
            () => plan.CorrectProgress(measure, update, 1, Correction(update, MeasureStatus.Dropped)).Refusal,
            detail
        );
    }

    [Fact]
    public void Corrects_an_update_raising_its_version_and_the_measure_follows_it()
    {
        var plan = In(PlanStatus.Published);
        var measure = plan.Measures[0];
        var update = Update(new DateOnly(2026, 1, 15), MeasureStatus.InProgress);
        plan.RecordProgress(measure, update);

        var (refusal, changes) = plan.CorrectProgress(measure, update, 1, Correction(update, MeasureStatus.Done));

        Assert.Null(refusal);
        Assert.Equal(new AuditChange("status", "InProgress", "Done"), Assert.Single(changes));
        Assert.Equal((2, MeasureStatus.Done), (update.Version, update.Status));
        Assert.Equal(MeasureStatus.Done, measure.Status);
    }

    [Fact]
    public void Keeps_the_version_when_a_correction_repeats_the_update()
    {
        var plan = In(PlanStatus.Approved);
        var measure = plan.Measures[0];
        var update = Update(new DateOnly(2026, 1, 15), MeasureStatus.InProgress);
        plan.RecordProgress(measure, update);

        var (refusal, changes) = plan.CorrectProgress(measure, update, 1, Correction(update, MeasureStatus.InProgress));

        Assert.Null(refusal);
        Assert.Empty(changes);
        Assert.Equal(1, update.Version);
    }

    [Fact]
    public void Refuses_a_correction_based_on_a_version_of_the_update_someone_else_replaced()
    {
        var plan = In(PlanStatus.Published);
        var measure = plan.Measures[0];
        var update = Update(new DateOnly(2026, 1, 15), MeasureStatus.InProgress);
        plan.RecordProgress(measure, update);
        update.Version = 2;

        PlanAssert.Refused(
            plan,
            () => plan.CorrectProgress(measure, update, 1, Correction(update, MeasureStatus.Done)).Refusal,
            PlanRefusalKind.StaleVersion,
            "รายงานความก้าวหน้าถูกแก้ไขไปแล้ว: ส่ง version 1 มา แต่ฉบับปัจจุบันคือ version 2 "
                + "กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง"
        );
        Assert.Equal(MeasureStatus.InProgress, update.Status);
    }
}
