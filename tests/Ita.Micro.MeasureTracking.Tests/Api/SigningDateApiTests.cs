using System.Net;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>
/// Approval and announcement carry the day actually signed, which may lie in the past (a past plan year recorded
/// late) but never in the future nor before what it follows; the audit says who entered it.
/// </summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class SigningDateApiTests(RabbitMqFixture rabbit)
{
    /// <summary>A year after the plan year began: the plan of FY 2569 is recorded late.</summary>
    private static readonly DateOnly Today = new(2026, 12, 6);

    private static object Approval(int version, string? signedOn) =>
        new
        {
            version,
            approver = new { name = "นายสมชาย ใจดี", position = "นายกเทศมนตรีตำบลแม่จัน" },
            signedOn,
        };

    [Fact]
    public async Task A_past_signing_date_is_accepted_and_a_future_or_too_early_one_refused_naming_the_field_and_its_form()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var approve = $"/api/plans/{plan.Id}/approve";

        var future = await Scenario.ProblemAsync(
            await s.PostAsync(approve, Approval(1, "2026-12-07")),
            HttpStatusCode.BadRequest
        );
        var futureError = (string)future["errors"]!["signedOn"]![0]!;
        Assert.Contains("อนาคต", futureError, StringComparison.Ordinal);
        Assert.Contains("YYYY-MM-DD", futureError, StringComparison.Ordinal);
        // Before FY 2568 began (1 October 2024) no result of the assessed year existed to analyse.
        var early = await Scenario.ProblemAsync(
            await s.PostAsync(approve, Approval(1, "2024-09-30")),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("๑ ตุลาคม ๒๕๖๗", (string)early["errors"]!["signedOn"]![0]!, StringComparison.Ordinal);
        var malformed = await Scenario.ProblemAsync(
            await s.PostAsync(approve, Approval(1, "19/11/2025")),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("YYYY-MM-DD", (string)malformed["errors"]!["signedOn"]![0]!, StringComparison.Ordinal);
        var unchanged = await s.GetPlanAsync(plan.Id);
        Assert.Equal(
            (PlanStatus.Draft, 1, (DateOnly?)null),
            (unchanged.Status, unchanged.Version, unchanged.ApprovedOn)
        );

        var approved = await Scenario.ReadAsync<PlanResponse>(await s.PostAsync(approve, Approval(1, "2025-11-19")));
        Assert.Equal((PlanStatus.Approved, new DateOnly(2025, 11, 19)), (approved.Status, approved.ApprovedOn));
        var approvedEvent = await s.Events.WaitForAsync<ImprovementPlanApproved>(e => e.PlanId == plan.Id);
        Assert.Equal(new DateOnly(2025, 11, 19), approvedEvent.ApprovedOn);
        // The refused attempts sent nothing: the one approval event is this one.
        Assert.Single(s.Events.All<ImprovementPlanApproved>(), e => e.PlanId == plan.Id);

        var publish = $"/api/plans/{plan.Id}/publish";
        var beforeApproval = await Scenario.ProblemAsync(
            await s.PostAsync(publish, new { version = 2, announcedOn = "2025-11-18" }),
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            "๑๙ พฤศจิกายน ๒๕๖๘",
            (string)beforeApproval["errors"]!["announcedOn"]![0]!,
            StringComparison.Ordinal
        );
        var futureAnnouncement = await Scenario.ProblemAsync(
            await s.PostAsync(publish, new { version = 2, announcedOn = "2026-12-07" }),
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            "YYYY-MM-DD",
            (string)futureAnnouncement["errors"]!["announcedOn"]![0]!,
            StringComparison.Ordinal
        );
        var published = await Scenario.ReadAsync<PlanResponse>(
            await s.PostAsync(publish, new { version = 2, announcedOn = "2025-11-20" })
        );
        Assert.Equal(new DateOnly(2025, 11, 20), published.AnnouncedOn);
        Assert.Equal(
            new DateOnly(2025, 11, 20),
            (await s.Events.WaitForAsync<ImprovementPlanPublished>(e => e.PlanId == plan.Id)).AnnouncedOn
        );

        // The audit holds who entered each date and the date as entered.
        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityType=plan")
        );
        var approval = audit.Items.Single(a => a.Action == "approved");
        Assert.Equal(Scenario.Officer, approval.ChangedBy);
        Assert.Contains(new AuditChange("approvedOn", null, "2025-11-19"), approval.Changes);
        var announcement = audit.Items.Single(a => a.Action == "published");
        Assert.Equal(Scenario.Officer, announcement.ChangedBy);
        Assert.Contains(new AuditChange("announcedOn", null, "2025-11-20"), announcement.Changes);
    }

    [Fact]
    public async Task Without_a_date_approval_is_signed_today_in_Thailand()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        // 23:30 in Bangkok on 6 December is still 5 December 16:30 in UTC.
        s.Clock.Now = new DateTimeOffset(2026, 12, 6, 23, 30, 0, TimeSpan.FromHours(7));

        var approved = await Scenario.ReadAsync<PlanResponse>(
            await s.PostAsync($"/api/plans/{plan.Id}/approve", Approval(1, null))
        );

        Assert.Equal(Today, approved.ApprovedOn);
    }
}
