using System.Net;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>Oversight of a province and the nation, and a plan's effectiveness once the next year is analysed.</summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class OversightAndFollowUpApiTests(RabbitMqFixture rabbit)
{
    private static AssessmentAnalysed WithUrgent(AssessmentAnalysed analysis, params int[] indicators) =>
        analysis with
        {
            Indicators = analysis
                .Indicators.Select(i =>
                    indicators.Contains(i.Indicator) ? i with { Classification = FindingClass.Urgent } : i
                )
                .ToList(),
        };

    [Fact]
    public async Task Oversight_counts_plans_by_state_overdue_measures_urgent_findings_covered_and_late_reports()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 1));
        // Mae Chan: urgent 4 and 9 (9 is not weak, so nothing proposes a measure for it).
        var maeChan = await s.AnalyseAsync(WithUrgent(AnalysisBuilder.WeakFlagsOnly().Build(), 4, 9));
        await s.AnalyseAsync(
            WithUrgent(AnalysisBuilder.WeakFlagsOnly().WithOrganisation(o => o with { Code = "6630802" }).Build(), 5)
        );
        await s.AnalyseAsync(
            WithUrgent(
                AnalysisBuilder
                    .WeakFlagsOnly()
                    .WithOrganisation(o => o with { Code = "5500101", Province = "น่าน" })
                    .Build(),
                4
            )
        );

        // Mae Chan narrows its indicator-4 measure to quarters 1–2 (ends 31 March), publishes, and finishes another.
        var four = maeChan.Measures.Single(m => m.Indicators[0].Number == 4);
        await Scenario.ReadAsync<MeasureResponse>(
            await s.PutAsync(
                $"/api/plans/{maeChan.Id}/measures/{four.Id}",
                new
                {
                    version = 1,
                    title = four.Title,
                    indicators = new[] { 4 },
                    finding = four.Finding,
                    responsibleUnits = new[] { "สำนักปลัด" },
                    period = new { fromQuarter = 1, toQuarter = 2 },
                }
            )
        );
        var published = await s.ApproveAndPublishAsync(maeChan);
        var five = published.Measures.Single(m => m.Indicators[0].Number == 5);
        await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(
                $"/api/plans/{maeChan.Id}/measures/{five.Id}/progress",
                new
                {
                    reportedOn = "2026-03-01",
                    status = "Done",
                    output = "ดำเนินการแล้วเสร็จ",
                }
            ),
            HttpStatusCode.Created
        );

        // 31 March: nothing overdue yet. 1 April: the indicator-4 measure is overdue.
        s.Clock.SetThaiDate(new DateOnly(2026, 3, 31));
        var march = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync("/api/plans/oversight?province=ตาก&fiscalYear=2569")
        );
        Assert.Equal(
            (2, 1, 1, 0),
            (
                march.Plans,
                march.PlansByStatus[PlanStatus.Published],
                march.PlansByStatus[PlanStatus.Draft],
                march.OverdueMeasures
            )
        );
        Assert.Equal(
            (3, 2, 0.6667m),
            (march.UrgentFindings, march.UrgentFindingsWithMeasure, march.UrgentFindingsWithMeasureShare)
        );
        Assert.Empty(await CodesAsync(s.Admin, "fiscalYear=2569&overdue=true"));
        Assert.Equal(["6630801"], await CodesAsync(s.Admin, "fiscalYear=2569&status=Published"));
        Assert.Equal(["5500101", "6630801", "6630802"], await CodesAsync(s.Admin, "fiscalYear=2569"));
        using (
            var overseer = s.App.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"))
        )
            Assert.Equal(["6630801", "6630802"], await CodesAsync(overseer, "fiscalYear=2569"));

        s.Clock.SetThaiDate(new DateOnly(2026, 4, 1));
        var april = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync("/api/plans/oversight?province=ตาก&fiscalYear=2569")
        );
        Assert.Equal((1, 1), (april.OverdueMeasures, april.OrganisationsWithOverdueMeasures));
        Assert.Equal(["6630801"], await CodesAsync(s.Admin, "fiscalYear=2569&overdue=true"));
        Assert.True((await s.GetPlanAsync(maeChan.Id)).Measures.Single(m => m.Id == four.Id).Overdue);
        Assert.Equal(
            (new DateOnly(2026, 4, 30), false, 0),
            (
                april.SixMonthReport.DueOn,
                april.SixMonthReport.DeadlinePassed,
                april.SixMonthReport.NotSubmittedByDeadline
            )
        );

        // Mae Chan submits on time; the other Tak plan never does: late from 1 May.
        await Scenario.ReadAsync<ReportResponse>(
            await s.PostAsync(
                $"/api/plans/{maeChan.Id}/reports",
                new
                {
                    period = "SixMonths",
                    signatories = new[]
                    {
                        new { name = "นางสาวสมหญิง รักงาน", position = "นักวิเคราะห์นโยบายและแผน" },
                        new { name = "นายสมชาย ใจดี", position = "ปลัดเทศบาล" },
                    },
                }
            ),
            HttpStatusCode.Created
        );
        s.Clock.SetThaiDate(new DateOnly(2026, 5, 1));
        var may = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync("/api/plans/oversight?province=ตาก&fiscalYear=2569")
        );
        Assert.Equal(
            (1, 1, true),
            (may.SixMonthReport.Submitted, may.SixMonthReport.NotSubmittedByDeadline, may.SixMonthReport.DeadlinePassed)
        );
        Assert.Equal((0, false), (may.TwelveMonthReport.NotSubmittedByDeadline, may.TwelveMonthReport.DeadlinePassed));

        var nation = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync("/api/plans/oversight?fiscalYear=2569")
        );
        Assert.Equal(
            (3, (string?)null, 4, 3),
            (nation.Plans, nation.Province, nation.UrgentFindings, nation.UrgentFindingsWithMeasure)
        );
        Assert.Equal(
            0,
            (
                await Scenario.ReadAsync<OversightResponse>(
                    await s.Admin.GetAsync("/api/plans/oversight?fiscalYear=2570")
                )
            ).Plans
        );

        // Every save keeps the counts: Mae Chan reports its indicator-4 measure dropped, then under way again.
        await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(
                $"/api/plans/{maeChan.Id}/measures/{four.Id}/progress",
                new
                {
                    reportedOn = "2026-04-20",
                    status = "Dropped",
                    output = "หยุดดำเนินการ",
                    droppedReason = "ทบทวนขอบเขตของมาตรการ",
                }
            ),
            HttpStatusCode.Created
        );
        var dropped = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync("/api/plans/oversight?fiscalYear=2569")
        );
        Assert.Equal((4, 2), (dropped.UrgentFindings, dropped.UrgentFindingsWithMeasure));
        await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(
                $"/api/plans/{maeChan.Id}/measures/{four.Id}/progress",
                new
                {
                    reportedOn = "2026-04-25",
                    status = "InProgress",
                    output = "ดำเนินการต่อตามขอบเขตใหม่",
                }
            ),
            HttpStatusCode.Created
        );
        var resumed = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync("/api/plans/oversight?fiscalYear=2569")
        );
        Assert.Equal((4, 3), (resumed.UrgentFindings, resumed.UrgentFindingsWithMeasure));
        var badYear = await Scenario.ProblemAsync(
            await s.Admin.GetAsync("/api/plans/oversight?fiscalYear=2026"),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(badYear["errors"]!["fiscalYear"]);
    }

    [Fact]
    public async Task The_follow_up_shows_whether_each_measure_worked_once_the_next_year_is_analysed()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 11, 20));
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var year2569 = AnalysisBuilder
            .WeakFlagsOnly()
            .ForYear(2569)
            .WithIndicator(4, 86m)
            .WithIndicator(5, 78m)
            .Build() with
        {
            PreviousFiscalYear = 2568,
            PreviousYearTotal = 85.71m,
            IndicatorChanges =
            [
                new ScoreChange
                {
                    Key = "4",
                    Previous = 72.30m,
                    Current = 86m,
                    Change = 13.70m,
                },
                new ScoreChange
                {
                    Key = "5",
                    Previous = 80m,
                    Current = 78m,
                    Change = -2m,
                },
            ],
        };

        await s.AnalyseAsync(year2569); // returns once the 2570 plan exists: the same message followed up 2569

        var followUp = await Scenario.ReadAsync<FollowUpResponse>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/follow-up")
        );
        var effectiveness = followUp.Effectiveness!;
        Assert.Equal(
            (2569, 1, 85.71m),
            (effectiveness.FollowUpFiscalYear, effectiveness.AnalysisRevision, effectiveness.PreviousTotal)
        );
        var verdicts = effectiveness.Measures.ToDictionary(
            m => plan.Measures.Single(x => x.Id == m.MeasureId).Indicators[0].Number,
            m => m.Verdict
        );
        Assert.Equal(EffectivenessVerdict.Improved, verdicts[4]);
        Assert.Equal(EffectivenessVerdict.NotImproved, verdicts[5]);
        Assert.Equal(
            effectiveness.Measures.Count(m => m.Verdict == EffectivenessVerdict.Improved),
            effectiveness.Improved
        );
        // The oversight of the plan's year counts the same verdicts; the next year's plan has none yet.
        var oversight = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync($"/api/plans/oversight?fiscalYear={plan.PlanFiscalYear}")
        );
        Assert.Equal(
            new OversightEffectiveness(
                1,
                effectiveness.Improved,
                effectiveness.Mixed,
                effectiveness.NotImproved,
                effectiveness.NotAssessed
            ),
            oversight.Effectiveness
        );
        var next = await Scenario.ReadAsync<OversightResponse>(
            await s.Admin.GetAsync($"/api/plans/oversight?fiscalYear={plan.PlanFiscalYear + 1}")
        );
        Assert.Equal(new OversightEffectiveness(0, 0, 0, 0, 0), next.Effectiveness);
        using var missing = await s.Client.GetAsync($"/api/plans/{Guid.NewGuid()}/follow-up");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    /// <summary>GET /api/plans/organisation-codes: the codes of the organisations whose plan matches.</summary>
    private static async Task<List<string>> CodesAsync(HttpClient client, string query) =>
        await Scenario.ReadAsync<List<string>>(await client.GetAsync($"/api/plans/organisation-codes?{query}"));
}
