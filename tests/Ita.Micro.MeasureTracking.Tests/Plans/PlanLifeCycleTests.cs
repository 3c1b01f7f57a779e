using Ita.Micro.MeasureTracking.Model;
using static Ita.Micro.MeasureTracking.Tests.TestData.TestPlans;

namespace Ita.Micro.MeasureTracking.Tests.Plans;

/// <summary>The plan's own rules for Draft → Approved → Published → Closed, without a host or a database.</summary>
public sealed class PlanLifeCycleTests
{
    private static readonly PlanApproval Approval = new("นายสมชาย ใจดี", "นายกเทศมนตรีตำบลแม่จัน", null, SignedOn);

    private const string FutureSignature =
        "วันที่ลงนามอนุมัติ ๓ เมษายน ๒๕๖๙ เป็นวันในอนาคต (วันนี้คือ ๒ เมษายน ๒๕๖๙) "
        + "ต้องเป็นวันที่ลงนามจริงในรูปแบบ YYYY-MM-DD (signedOn) / signedOn (2026-04-03) is in the future: "
        + "give the date actually signed as YYYY-MM-DD, today or earlier.";

    [Fact]
    public void Approves_a_draft_recording_the_approver_the_day_signed_and_who_recorded_it()
    {
        var plan = Draft();
        var approval = Approval with { ActingFor = "ปลัดเทศบาล ปฏิบัติหน้าที่นายกเทศมนตรี" };

        Assert.Null(plan.Approve(1, approval, Today, "approver-6630801", NowUtc));

        Assert.Equal(PlanStatus.Approved, plan.Status);
        Assert.Equal(2, plan.Version);
        Assert.Equal(
            ("นายสมชาย ใจดี", "นายกเทศมนตรีตำบลแม่จัน", "ปลัดเทศบาล ปฏิบัติหน้าที่นายกเทศมนตรี"),
            (plan.ApproverName, plan.ApproverPosition, plan.ApproverActingFor)
        );
        Assert.Equal(("approver-6630801", NowUtc, SignedOn), (plan.ApprovedBy, plan.ApprovedAtUtc, plan.ApprovedOn));
    }

    [Fact]
    public void Approves_on_the_first_day_of_the_assessed_fiscal_year_and_on_today()
    {
        var first = Draft();
        var today = Draft();

        Assert.Null(first.Approve(1, Approval with { SignedOn = new DateOnly(2024, 10, 1) }, Today, "a", NowUtc));
        Assert.Null(today.Approve(1, Approval with { SignedOn = Today }, Today, "a", NowUtc));
    }

    [Theory]
    [InlineData(PlanStatus.Approved, "อนุมัติแล้ว")]
    [InlineData(PlanStatus.Published, "ประกาศแล้ว")]
    [InlineData(PlanStatus.Closed, "ปิดแผนแล้ว")]
    public void Refuses_to_approve_a_plan_that_is_not_a_draft(PlanStatus status, string thai)
    {
        var plan = In(status);

        PlanAssert.NotAllowed(
            plan,
            () => plan.Approve(plan.Version, Approval, Today, "a", NowUtc),
            $"อนุมัติได้เฉพาะแผนที่เป็นร่าง แผนนี้{thai} / Only a draft plan can be approved."
        );
    }

    [Fact]
    public void Refuses_to_approve_a_draft_without_measures()
    {
        var plan = Draft(measures: 0);

        PlanAssert.NotAllowed(
            plan,
            () => plan.Approve(1, Approval, Today, "a", NowUtc),
            "แผนยังไม่มีมาตรการ ต้องมีอย่างน้อย ๑ มาตรการจึงจะอนุมัติได้ / "
                + "A plan without measures cannot be approved."
        );
    }

    [Fact]
    public void Refuses_an_approval_based_on_a_version_someone_else_replaced()
    {
        var plan = Draft();
        plan.Version = 2;

        var refusal = PlanAssert.Refused(
            plan,
            () => plan.Approve(1, Approval, Today, "a", NowUtc),
            PlanRefusalKind.StaleVersion,
            "แผนถูกแก้ไขไปแล้ว: ส่ง version 1 มา แต่ฉบับปัจจุบันคือ version 2 กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง"
        );

        Assert.Equal(("version", 2), (refusal.Field, refusal.CurrentVersion));
    }

    [Fact]
    public void Says_a_plan_already_approved_cannot_be_approved_before_saying_the_version_is_old()
    {
        var plan = In(PlanStatus.Approved);

        PlanAssert.NotAllowed(
            plan,
            () => plan.Approve(1, Approval, Today, "a", NowUtc),
            "อนุมัติได้เฉพาะแผนที่เป็นร่าง แผนนี้อนุมัติแล้ว / Only a draft plan can be approved."
        );
    }

    [Fact]
    public void Says_the_version_is_old_before_saying_the_draft_has_no_measures()
    {
        var plan = Draft(measures: 0);
        plan.Version = 3;

        PlanAssert.Refused(
            plan,
            () => plan.Approve(2, Approval, Today, "a", NowUtc),
            PlanRefusalKind.StaleVersion,
            "แผนถูกแก้ไขไปแล้ว: ส่ง version 2 มา แต่ฉบับปัจจุบันคือ version 3 กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง"
        );
    }

    [Fact]
    public void Refuses_an_approval_signed_in_the_future()
    {
        var plan = Draft();

        var refusal = PlanAssert.Refused(
            plan,
            () => plan.Approve(1, Approval with { SignedOn = Today.AddDays(1) }, Today, "a", NowUtc),
            PlanRefusalKind.Invalid,
            FutureSignature
        );

        Assert.Equal("signedOn", refusal.Field);
    }

    [Fact]
    public void Refuses_an_approval_signed_before_the_assessed_fiscal_year_began()
    {
        var plan = Draft();

        PlanAssert.Refused(
            plan,
            () => plan.Approve(1, Approval with { SignedOn = new DateOnly(2024, 9, 30) }, Today, "a", NowUtc),
            PlanRefusalKind.Invalid,
            "วันที่ลงนามอนุมัติต้องไม่ก่อนวันเริ่มปีงบประมาณ ๒๕๖๘ ที่แผนนี้วิเคราะห์ผลการประเมิน "
                + "(๑ ตุลาคม ๒๕๖๗) "
                + "ในรูปแบบ YYYY-MM-DD (signedOn) / signedOn (2024-09-30) must be 2024-10-01 or later, as YYYY-MM-DD."
        );
    }

    [Fact]
    public void Checks_the_day_signed_before_the_state()
    {
        var plan = In(PlanStatus.Closed);

        PlanAssert.Refused(
            plan,
            () => plan.Approve(4, Approval with { SignedOn = Today.AddDays(1) }, Today, "a", NowUtc),
            PlanRefusalKind.Invalid,
            FutureSignature
        );
    }

    [Fact]
    public void Publishes_an_approved_plan_on_the_day_announced()
    {
        var plan = In(PlanStatus.Approved);

        Assert.Null(plan.Publish(2, SignedOn, Today, Officer, NowUtc));

        Assert.Equal(PlanStatus.Published, plan.Status);
        Assert.Equal(3, plan.Version);
        Assert.Equal((SignedOn, Officer, NowUtc), (plan.AnnouncedOn, plan.PublishedBy, plan.PublishedAtUtc));
    }

    [Fact]
    public void Refuses_to_publish_a_draft_saying_it_needs_approval_first()
    {
        var plan = Draft();

        PlanAssert.NotAllowed(
            plan,
            () => plan.Publish(1, Today, Today, Officer, NowUtc),
            "ประกาศแผนที่ยังไม่ได้รับอนุมัติไม่ได้ ต้องให้ผู้มีอำนาจอนุมัติก่อน / "
                + "An unapproved plan cannot be published."
        );
    }

    [Theory]
    [InlineData(PlanStatus.Published, "ประกาศแล้ว")]
    [InlineData(PlanStatus.Closed, "ปิดแผนแล้ว")]
    public void Refuses_to_publish_a_plan_published_before(PlanStatus status, string thai)
    {
        var plan = In(status);

        PlanAssert.NotAllowed(
            plan,
            () => plan.Publish(plan.Version, Today, Today, Officer, NowUtc),
            $"ประกาศได้เฉพาะแผนที่อนุมัติแล้ว แผนนี้{thai} / Only an approved plan can be published."
        );
    }

    [Fact]
    public void Refuses_a_publication_based_on_a_version_someone_else_replaced()
    {
        var plan = In(PlanStatus.Approved);

        PlanAssert.Refused(
            plan,
            () => plan.Publish(1, Today, Today, Officer, NowUtc),
            PlanRefusalKind.StaleVersion,
            "แผนถูกแก้ไขไปแล้ว: ส่ง version 1 มา แต่ฉบับปัจจุบันคือ version 2 กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง"
        );
    }

    [Fact]
    public void Refuses_an_announcement_dated_before_the_approval_was_signed()
    {
        var plan = In(PlanStatus.Approved);

        var refusal = PlanAssert.Refused(
            plan,
            () => plan.Publish(2, SignedOn.AddDays(-1), Today, Officer, NowUtc),
            PlanRefusalKind.Invalid,
            "วันที่ประกาศต้องไม่ก่อนวันที่ลงนามอนุมัติแผน (๓ พฤศจิกายน ๒๕๖๘) ในรูปแบบ YYYY-MM-DD (announcedOn) / "
                + "announcedOn (2025-11-02) must be 2025-11-03 or later, as YYYY-MM-DD."
        );

        Assert.Equal("announcedOn", refusal.Field);
    }

    [Fact]
    public void Refuses_an_announcement_dated_in_the_future()
    {
        var plan = In(PlanStatus.Approved);

        PlanAssert.Refused(
            plan,
            () => plan.Publish(2, Today.AddDays(1), Today, Officer, NowUtc),
            PlanRefusalKind.Invalid,
            "วันที่ประกาศ ๓ เมษายน ๒๕๖๙ เป็นวันในอนาคต (วันนี้คือ ๒ เมษายน ๒๕๖๙) ต้องเป็นวันที่ลงนามจริงในรูปแบบ "
                + "YYYY-MM-DD (announcedOn) / announcedOn (2026-04-03) is in the future: "
                + "give the date actually signed as YYYY-MM-DD, today or earlier."
        );
    }

    [Fact]
    public void Closes_a_published_plan()
    {
        var plan = In(PlanStatus.Published);

        Assert.Null(plan.Close(3, Officer, NowUtc));

        Assert.Equal(PlanStatus.Closed, plan.Status);
        Assert.Equal(4, plan.Version);
        Assert.Equal((Officer, NowUtc), (plan.ClosedBy, plan.ClosedAtUtc));
    }

    [Theory]
    [InlineData(PlanStatus.Draft, "ร่าง")]
    [InlineData(PlanStatus.Approved, "อนุมัติแล้ว")]
    [InlineData(PlanStatus.Closed, "ปิดแผนแล้ว")]
    public void Refuses_to_close_a_plan_that_is_not_published(PlanStatus status, string thai)
    {
        var plan = In(status);

        PlanAssert.NotAllowed(
            plan,
            () => plan.Close(plan.Version, Officer, NowUtc),
            $"ปิดได้เฉพาะแผนที่ประกาศแล้ว แผนนี้{thai} / Only a published plan can be closed."
        );
    }

    [Fact]
    public void Refuses_to_close_on_a_version_someone_else_replaced()
    {
        var plan = In(PlanStatus.Published);

        PlanAssert.Refused(
            plan,
            () => plan.Close(2, Officer, NowUtc),
            PlanRefusalKind.StaleVersion,
            "แผนถูกแก้ไขไปแล้ว: ส่ง version 2 มา แต่ฉบับปัจจุบันคือ version 3 กรุณาโหลดข้อมูลล่าสุดแล้วแก้ไขอีกครั้ง"
        );
    }
}
