using System.Net;
using System.Net.Http.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>Draft → approved (by a named approver) → published → closed, over HTTP, with the events on the real broker.</summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class PlanLifecycleApiTests(RabbitMqFixture rabbit)
{
    private static readonly DateOnly Today = new(2025, 12, 15);

    [Fact]
    public async Task A_plan_goes_from_draft_to_closed_publishing_approved_and_published_events_and_auditing_each_step()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var draft = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        Assert.Equal((PlanStatus.Draft, 1, 5), (draft.Status, draft.Version, draft.Measures.Count));
        await s.Events.WaitForAsync<ImprovementPlanDrafted>(e => e.PlanId == draft.Id);

        var approved = await Scenario.ReadAsync<PlanResponse>(
            await s.PostAsync(
                $"/api/plans/{draft.Id}/approve",
                new
                {
                    version = 1,
                    approver = new
                    {
                        name = "นายสมชาย ใจดี",
                        position = "ปลัดเทศบาลตำบลแม่จัน",
                        actingFor = "ปฏิบัติหน้าที่ นายกเทศมนตรีตำบลแม่จัน",
                    },
                }
            )
        );
        Assert.Equal(
            (PlanStatus.Approved, 2, "officer-somchai"),
            (approved.Status, approved.Version, approved.ApprovedBy)
        );

        var approvedEvent = await s.Events.WaitForAsync<ImprovementPlanApproved>(e => e.PlanId == draft.Id);
        Assert.Equal(2, approvedEvent.PlanVersion);
        Assert.Equal(
            new Signatory
            {
                Name = "นายสมชาย ใจดี",
                Position = "ปลัดเทศบาลตำบลแม่จัน",
                ActingFor = "ปฏิบัติหน้าที่ นายกเทศมนตรีตำบลแม่จัน",
            },
            approvedEvent.Approver
        );
        Assert.Equal(
            ("6630801", "เทศบาลตำบล", "อุ้มผาง"),
            (approvedEvent.Organisation.Code, approvedEvent.Organisation.Type, approvedEvent.Organisation.District)
        );
        Assert.Equal([4, 5, 10, 7, 8], approvedEvent.Measures.Select(m => m.Indicators.Single().Number));
        var first = approvedEvent.Measures[0];
        Assert.Equal((new CodeBookStore().Find(2568)!.Indicator(4)!.Name, 1), (first.Indicators[0].Name, first.Order));
        Assert.Equal((new DateOnly(2025, 10, 1), new DateOnly(2026, 9, 30)), (first.PeriodStart, first.PeriodEnd));
        Assert.Equal("ไตรมาสที่ ๑–๔ (ตุลาคม ๒๕๖๘ – กันยายน ๒๕๖๙)", first.Period);
        Assert.NotEmpty(first.ResponsibleUnits);
        Assert.NotEmpty(first.Target);
        Assert.NotEmpty(first.FollowUp);

        var published = await Scenario.ReadAsync<PlanResponse>(
            await s.PostAsync($"/api/plans/{draft.Id}/publish", new { version = 2 })
        );
        Assert.Equal((PlanStatus.Published, 3, Today), (published.Status, published.Version, published.AnnouncedOn));
        var publishedEvent = await s.Events.WaitForAsync<ImprovementPlanPublished>(e => e.PlanId == draft.Id);
        Assert.Equal(
            (3, Today, "officer-somchai", "นายสมชาย ใจดี"),
            (
                publishedEvent.PlanVersion,
                publishedEvent.AnnouncedOn,
                publishedEvent.PublishedBy,
                publishedEvent.Signatory.Name
            )
        );
        Assert.Equal(approvedEvent.Measures.Select(m => m.MeasureId), publishedEvent.Measures.Select(m => m.MeasureId));

        using var close = new HttpRequestMessage(HttpMethod.Post, $"/api/plans/{draft.Id}/close")
        {
            Content = JsonContent.Create(new { }),
        };
        close.Headers.IfMatch.Add(new System.Net.Http.Headers.EntityTagHeaderValue("\"3\""));
        var closed = await Scenario.ReadAsync<PlanResponse>(await s.Client.SendAsync(close));
        Assert.Equal((PlanStatus.Closed, 4), (closed.Status, closed.Version));

        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{draft.Id}/audit?entityType=plan")
        );
        Assert.Equal(["closed", "published", "approved", "created"], audit.Items.Select(a => a.Action));
        var approval = audit.Items.Single(a => a.Action == "approved");
        Assert.Equal("officer-somchai", approval.ChangedBy);
        Assert.Contains(new AuditChange("status", "Draft", "Approved"), approval.Changes);
        Assert.Contains(new AuditChange("approverName", null, "นายสมชาย ใจดี"), approval.Changes);
        Assert.Contains(
            new AuditChange("announcedOn", null, "2025-12-15"),
            audit.Items.Single(a => a.Action == "published").Changes
        );
        Assert.Equal("system:analysis", audit.Items.Single(a => a.Action == "created").ChangedBy);
    }

    [Fact]
    public async Task Transitions_out_of_order_are_refused_with_409_in_Thai_and_change_nothing()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var draft = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());

        var publishDraft = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{draft.Id}/publish", new { version = 1 }),
            HttpStatusCode.Conflict
        );
        Assert.Contains("ยังไม่ได้รับอนุมัติ", (string)publishDraft["detail"]!, StringComparison.Ordinal);
        Assert.Equal("Draft", (string)publishDraft["planStatus"]!);
        var closeDraft = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{draft.Id}/close", new { version = 1 }),
            HttpStatusCode.Conflict
        );
        Assert.Contains("ประกาศแล้ว", (string)closeDraft["detail"]!, StringComparison.Ordinal);

        var noApprover = await Scenario.ProblemAsync(
            await s.PostAsync(
                $"/api/plans/{draft.Id}/approve",
                new { version = 1, approver = new { name = " ", position = "ปลัด" } }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            "ชื่อผู้อนุมัติ",
            (string)noApprover["errors"]!["approver.name"]![0]!,
            StringComparison.Ordinal
        );
        var noVersion = await Scenario.ProblemAsync(
            await s.PostAsync(
                $"/api/plans/{draft.Id}/approve",
                new { approver = new { name = "นายสมชาย", position = "ปลัด" } }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(noVersion["errors"]!["version"]);

        var stale = await Scenario.ProblemAsync(
            await s.PostAsync(
                $"/api/plans/{draft.Id}/approve",
                new { version = 5, approver = new { name = "นายสมชาย", position = "ปลัด" } }
            ),
            HttpStatusCode.Conflict
        );
        Assert.Equal(1, (int)stale["currentVersion"]!);

        var unchanged = await s.GetPlanAsync(draft.Id);
        Assert.Equal((PlanStatus.Draft, 1, null), (unchanged.Status, unchanged.Version, unchanged.Approver));

        await Scenario.ReadAsync<PlanResponse>(
            await s.PostAsync(
                $"/api/plans/{draft.Id}/approve",
                new { version = 1, approver = new { name = "นายสมชาย", position = "ปลัด" } }
            )
        );
        var approveAgain = await Scenario.ProblemAsync(
            await s.PostAsync(
                $"/api/plans/{draft.Id}/approve",
                new { version = 2, approver = new { name = "นายสมศักดิ์", position = "นายก" } }
            ),
            HttpStatusCode.Conflict
        );
        Assert.Equal(2, (int)approveAgain["currentVersion"]!);
        await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{draft.Id}/close", new { version = 2 }),
            HttpStatusCode.Conflict
        );
        var future = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{draft.Id}/publish", new { version = 2, announcedOn = "2025-12-16" }),
            HttpStatusCode.BadRequest
        );
        Assert.Contains("อนาคต", (string)future["errors"]!["announcedOn"]![0]!, StringComparison.Ordinal);

        // An approved plan's measures are fixed; progress waits for approval, which it now has.
        var measure = draft.Measures[0];
        var edit = await Scenario.ProblemAsync(
            await s.PutAsync(
                $"/api/plans/{draft.Id}/measures/{measure.Id}",
                MeasureEditingApiTests.Body(measure.Version, "ชื่อใหม่")
            ),
            HttpStatusCode.Conflict
        );
        Assert.Contains("ร่าง", (string)edit["detail"]!, StringComparison.Ordinal);

        var afterRefusals = await s.GetPlanAsync(draft.Id);
        Assert.Equal(
            (PlanStatus.Approved, 2, "นายสมชาย"),
            (afterRefusals.Status, afterRefusals.Version, afterRefusals.Approver!.Name)
        );
        Assert.Equal(measure.Title, afterRefusals.Measures[0].Title);
        Assert.Empty(s.Events.All<ImprovementPlanPublished>());
    }

    [Fact]
    public async Task Plans_are_listed_a_page_at_a_time_filtered_by_province_year_status_and_codes()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var maeChan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        await s.AnalyseAsync(
            AnalysisBuilder
                .WeakFlagsOnly()
                .WithOrganisation(o => o with { Code = "6630802", Name = "อบต.แม่จัน" })
                .Build()
        );
        await s.AnalyseAsync(
            AnalysisBuilder
                .WeakFlagsOnly()
                .WithOrganisation(o => o with { Code = "5500101", Name = "อบต.น่าน", Province = "น่าน" })
                .Build()
        );
        await s.ApproveAndPublishAsync(maeChan);

        var tak = await Scenario.ReadAsync<Page<PlanSummary>>(
            await s.Admin.GetAsync("/api/plans?province=ตาก&fiscalYear=2569&pageSize=1")
        );
        Assert.Equal((2, 1, "6630801"), (tak.TotalCount, tak.Items.Count, tak.Items[0].OrganisationCode));
        var second = await Scenario.ReadAsync<Page<PlanSummary>>(
            await s.Admin.GetAsync("/api/plans?province=ตาก&fiscalYear=2569&pageSize=1&page=2")
        );
        Assert.Equal("6630802", second.Items.Single().OrganisationCode);
        var published = await Scenario.ReadAsync<Page<PlanSummary>>(
            await s.Admin.GetAsync("/api/plans?status=Published")
        );
        Assert.Equal(["6630801"], published.Items.Select(p => p.OrganisationCode));
        Assert.Equal(
            0,
            (
                await Scenario.ReadAsync<Page<PlanSummary>>(await s.Admin.GetAsync("/api/plans?fiscalYear=2570"))
            ).TotalCount
        );
        var badPage = await Scenario.ProblemAsync(
            await s.Admin.GetAsync("/api/plans?pageSize=1000"),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(badPage["errors"]!["pageSize"]);
        var some = await Scenario.ReadAsync<Page<PlanSummary>>(
            await s.Admin.GetAsync("/api/plans?organisationCodes=5500101, 6630801,9999999")
        );
        Assert.Equal(["5500101", "6630801"], some.Items.Select(p => p.OrganisationCode).Order());
        var tooMany = string.Join(
            ',',
            Enumerable
                .Range(0, 201)
                .Select(i => (6_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))
        );
        var refused = await Scenario.ProblemAsync(
            await s.Admin.GetAsync($"/api/plans?organisationCodes={tooMany}"),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(refused["errors"]!["organisationCodes"]);
    }
}
