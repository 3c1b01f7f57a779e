using System.Net;
using System.Net.Http.Json;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>
/// Each organisation's plans are its own: a foreign plan does not exist for an officer (404), an overseer reads its
/// province but changes nothing (403), and only the organisation's approver approves.
/// </summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class PlanAuthorizationApiTests(RabbitMqFixture rabbit)
{
    private static readonly DateOnly Today = new(2025, 11, 20);
    private const string Nan = "5500101";

    [Fact]
    public async Task An_officer_of_another_organisation_finds_no_trace_of_the_plan()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var measure = plan.Measures[0];
        using var stranger = s
            .App.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.Officer, Nan, subject: "officer-nan"));

        foreach (
            var path in new[]
            {
                $"/api/plans/{plan.Id}",
                $"/api/plans/{plan.OrganisationCode}",
                $"/api/plans/{plan.OrganisationCode}/{plan.PlanFiscalYear}",
                $"/api/plans/{plan.Id}/measures/{measure.Id}",
                $"/api/plans/{plan.Id}/measures/{measure.Id}/progress",
                $"/api/plans/{plan.Id}/reports",
                $"/api/plans/{plan.Id}/reports/SixMonths",
                $"/api/plans/{plan.Id}/follow-up",
                $"/api/plans/{plan.Id}/audit",
                $"/api/plans/organisations/{plan.OrganisationCode}/units",
                $"/api/plans/organisations/{plan.OrganisationCode}/audit",
            }
        )
        {
            using var response = await stranger.GetAsync(path);
            var body = await response.Content.ReadAsStringAsync();
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{path}: {(int)response.StatusCode} {body}");
            Assert.DoesNotContain(plan.OrganisationName, body, StringComparison.Ordinal);
        }

        using var edit = await stranger.PutAsync(
            $"/api/plans/{plan.Id}/measures/{measure.Id}",
            Json(
                new
                {
                    version = 1,
                    title = "แก้โดยคนนอก",
                    indicators = new[] { measure.Indicators[0].Number },
                    finding = measure.Finding,
                    responsibleUnits = new[] { "สำนักปลัด" },
                    period = new { fromQuarter = 1, toQuarter = 4 },
                }
            )
        );
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        using var approve = await stranger.PostAsync(
            $"/api/plans/{plan.Id}/approve",
            Json(new { version = 1, approver = new { name = "นายนาน", position = "ปลัด" } })
        );
        Assert.Equal(HttpStatusCode.NotFound, approve.StatusCode);
        var list = await Scenario.ReadAsync<Page<PlanSummary>>(await stranger.GetAsync("/api/plans"));
        Assert.Equal(0, list.TotalCount);

        var unchanged = await s.GetPlanAsync(plan.Id);
        Assert.Equal(
            (PlanStatus.Draft, 1, measure.Title),
            (unchanged.Status, unchanged.Version, unchanged.Measures[0].Title)
        );
    }

    [Fact]
    public async Task An_officer_edits_its_plan_but_only_its_approver_approves_it()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        using var officer = s
            .App.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.Officer, plan.OrganisationCode, subject: "officer-malee"));
        var approval = new { version = 1, approver = new { name = "นายสมชาย ใจดี", position = "ปลัดเทศบาล" } };

        using var byOfficer = await officer.PostAsync($"/api/plans/{plan.Id}/approve", Json(approval));
        var refused = await Scenario.ProblemAsync(byOfficer, HttpStatusCode.Forbidden);
        Assert.Contains(plan.OrganisationCode, (string)refused["detail"]!, StringComparison.Ordinal);
        await Scenario.ProblemAsync(
            await s.Admin.PostAsJsonAsync($"/api/plans/{plan.Id}/approve", approval),
            HttpStatusCode.Forbidden
        );
        Assert.Equal(PlanStatus.Draft, (await s.GetPlanAsync(plan.Id)).Status);

        // The officer still edits its draft, recorded under its own name.
        var measure = plan.Measures[0];
        using var put = await officer.PutAsync(
            $"/api/plans/{plan.Id}/measures/{measure.Id}",
            Json(
                new
                {
                    version = 1,
                    title = measure.Title + " (ปรับ)",
                    indicators = measure.Indicators.Select(i => i.Number).ToArray(),
                    finding = measure.Finding,
                    responsibleUnits = new[] { "สำนักปลัด" },
                    period = new { fromQuarter = 1, toQuarter = 4 },
                }
            )
        );
        Assert.Equal(HttpStatusCode.OK, put.StatusCode);

        var approved = await Scenario.ReadAsync<PlanResponse>(
            await s.PostAsync($"/api/plans/{plan.Id}/approve", approval)
        );
        Assert.Equal((PlanStatus.Approved, Scenario.Officer), (approved.Status, approved.ApprovedBy));
        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await officer.GetAsync($"/api/plans/{plan.Id}/audit?entityType=measure")
        );
        Assert.Equal("officer-malee", audit.Items.First().ChangedBy);
    }

    [Fact]
    public async Task A_province_overseer_reads_its_province_plans_and_oversight_and_changes_nothing()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var maeChan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var nan = await s.AnalyseAsync(
            AnalysisBuilder
                .WeakFlagsOnly()
                .WithOrganisation(o => o with { Code = Nan, Name = "อบต.น่าน", Province = "น่าน" })
                .Build()
        );
        using var overseer = s
            .App.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "จังหวัดตาก"));

        var list = await Scenario.ReadAsync<Page<PlanSummary>>(await overseer.GetAsync("/api/plans"));
        Assert.Equal([maeChan.OrganisationCode], list.Items.Select(p => p.OrganisationCode));
        await Scenario.ReadAsync<PlanResponse>(await overseer.GetAsync($"/api/plans/{maeChan.Id}"));
        await Scenario.ProblemAsync(await overseer.GetAsync($"/api/plans/{nan.Id}"), HttpStatusCode.NotFound);
        await Scenario.ProblemAsync(
            await overseer.PostAsync($"/api/plans/{maeChan.Id}/close", Json(new { version = 1 })),
            HttpStatusCode.Forbidden
        );
        await Scenario.ProblemAsync(
            await overseer.PutAsync(
                $"/api/plans/organisations/{maeChan.OrganisationCode}/units",
                Json(new { version = 1, units = new[] { "สำนักปลัด" } })
            ),
            HttpStatusCode.Forbidden
        );

        // Oversight: its own province (also when it names none), never another's nor the nation.
        var own = await Scenario.ReadAsync<OversightResponse>(
            await overseer.GetAsync("/api/plans/oversight?fiscalYear=2569")
        );
        Assert.Equal(("ตาก", 1), (own.Province, own.Plans));
        Assert.Equal(
            1,
            (
                await Scenario.ReadAsync<OversightResponse>(
                    await overseer.GetAsync("/api/plans/oversight?province=ตาก&fiscalYear=2569")
                )
            ).Plans
        );
        await Scenario.ProblemAsync(
            await overseer.GetAsync("/api/plans/oversight?province=น่าน&fiscalYear=2569"),
            HttpStatusCode.Forbidden
        );
        await Scenario.ProblemAsync(
            await s.Client.GetAsync("/api/plans/oversight?fiscalYear=2569"),
            HttpStatusCode.Forbidden
        );
        Assert.Equal(
            2,
            (
                await Scenario.ReadAsync<OversightResponse>(
                    await s.Admin.GetAsync("/api/plans/oversight?fiscalYear=2569")
                )
            ).Plans
        );
    }

    private static JsonContent Json(object body) => JsonContent.Create(body, options: Scenario.Json);
}
