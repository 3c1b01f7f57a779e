using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>The evidence registry, its coverage and the overseers' list over HTTP, with the real database and broker.</summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class EvidenceApiTests(RabbitMqFixture rabbit)
{
    private const string Org = "6630801";
    private const string Registry = $"/api/evidence/organisations/{Org}/2569";

    private static object Link(
        string itemCode,
        string url = "https://www.maechan.go.th/procurement/2569-02",
        string title = "สรุปผลการจัดซื้อจัดจ้าง กุมภาพันธ์ ๒๕๖๙",
        string? publishedOn = "2026-03-01",
        int? version = null
    ) =>
        new
        {
            version,
            itemCode,
            url,
            title,
            publishedOn,
        };

    [Fact]
    public async Task Officers_register_links_for_the_year_s_OIT_items_and_see_which_items_have_none()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 10));
        await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var oit = OitItems.Of(new CodeBookStore(), 2569);

        var added = await Scenario.ReadAsync<EvidenceLinkResponse>(
            await s.PostAsync($"{Registry}/links", Link("o11")),
            HttpStatusCode.Created
        );
        Assert.Equal(
            ("O11", EvidenceSource.Registered, LinkState.Unchecked, 1),
            (added.ItemCode, added.Source, added.State, added.Version)
        );
        var invalid = await Scenario.ProblemAsync(
            await s.PostAsync(
                $"{Registry}/links",
                Link("i1", url: "ftp://files.maechan.go.th/a.pdf", title: " ", publishedOn: "2026-04-01")
            ),
            HttpStatusCode.BadRequest
        );
        Assert.Equal(
            ["itemCode", "publishedOn", "title", "url"],
            invalid["errors"]!.AsObject().Select(e => e.Key).Order()
        );
        await Scenario.ProblemAsync(await s.PostAsync($"{Registry}/links", Link("O11")), HttpStatusCode.Conflict);

        var registry = await Scenario.ReadAsync<OrganisationEvidenceResponse>(await s.Client.GetAsync(Registry));
        Assert.True(registry.CodeBookFound);
        Assert.Equal(oit.Select(i => i.Code), registry.Items.Select(i => i.Code));
        Assert.Equal(
            (oit.Count, 0, 1, 0, oit.Count - 1),
            (registry.ItemCount, registry.Covered, registry.Unverified, registry.OnlyBroken, registry.Missing)
        );
        Assert.Equal(added.Id, Assert.Single(registry.Items.Single(i => i.Code == "O11").Evidence).Id);
        Assert.Null(registry.SubmissionWindow);

        var link = $"/api/evidence/links/{added.Id}";
        await Scenario.ProblemAsync(
            await s.PutAsync(link, Link("O11", title: "ชื่อใหม่", version: 9)),
            HttpStatusCode.Conflict
        );
        var changed = await Scenario.ReadAsync<EvidenceLinkResponse>(
            await s.PutAsync(link, Link("O12", url: "https://www.maechan.go.th/procurement/2569", version: 1))
        );
        Assert.Equal(("O12", 2), (changed.ItemCode, changed.Version));
        var audit = await s.Client.GetStringAsync($"/api/plans/organisations/{Org}/audit");
        Assert.Contains("\"entityType\":\"evidence\"", audit, StringComparison.Ordinal);
        Assert.Contains(Scenario.Officer, audit, StringComparison.Ordinal);

        using var remove = new HttpRequestMessage(HttpMethod.Delete, link)
        {
            Headers = { IfMatch = { new EntityTagHeaderValue("\"2\"") } },
        };
        Assert.Equal(HttpStatusCode.NoContent, (await s.Client.SendAsync(remove)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync(link)).StatusCode);
    }

    [Fact]
    public async Task Others_read_or_change_the_registry_only_as_the_access_rules_say()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 10));
        await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var added = await Scenario.ReadAsync<EvidenceLinkResponse>(
            await s.PostAsync($"{Registry}/links", Link("O11")),
            HttpStatusCode.Created
        );
        using var stranger = s.App.CreateClient().Authorize(TestTokens.For(ItaRoles.Officer, "1000001"));
        using var overseer = s.App.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"));
        using var farOverseer = s
            .App.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "เชียงใหม่"));
        using var integration = s.App.CreateClient().Authorize(TestTokens.For(ItaRoles.Integration));

        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Registry)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/api/evidence/links/{added.Id}")).StatusCode);
        Assert.Equal(
            HttpStatusCode.NotFound,
            (await stranger.PostAsJsonAsync($"{Registry}/links", Link("O12"))).StatusCode
        );
        Assert.Equal(HttpStatusCode.OK, (await overseer.GetAsync(Registry)).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await overseer.PostAsJsonAsync($"{Registry}/links", Link("O12"))).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await overseer.PostAsync($"/api/evidence/links/{added.Id}/check", null)).StatusCode
        );
        Assert.Equal(HttpStatusCode.NotFound, (await farOverseer.GetAsync(Registry)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await integration.GetAsync(Registry)).StatusCode);

        Assert.Equal(
            HttpStatusCode.OK,
            (await overseer.GetAsync("/api/evidence/oversight?fiscalYear=2569")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await farOverseer.GetAsync("/api/evidence/oversight?province=ตาก&fiscalYear=2569")).StatusCode
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await s.Client.GetAsync("/api/evidence/oversight?fiscalYear=2569")).StatusCode
        );
    }

    [Fact]
    public async Task Evidence_reported_with_progress_is_registered_for_the_OIT_items_the_measure_names_and_follows_corrections()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 10));
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var measure = await Scenario.ReadAsync<MeasureResponse>(
            await s.PostAsync(
                $"/api/plans/{plan.Id}/measures",
                new
                {
                    title = "เผยแพร่โครงสร้างและอำนาจหน้าที่บนเว็บไซต์",
                    indicators = new[] { 9 },
                    itemConcepts = new[] { "structure" },
                    finding = "ข้อ O1 ได้ 0 คะแนน",
                    steps = new[] { "ปรับปรุงหน้าเว็บไซต์" },
                    responsibleUnits = new[] { "สำนักปลัด" },
                    period = new { fromQuarter = 1, toQuarter = 2 },
                    followUp = "รายงานนายกทุกไตรมาส",
                    target = "ข้อ O1 ได้ 100 คะแนน",
                }
            ),
            HttpStatusCode.Created
        );
        await s.ApproveAndPublishAsync(plan, new DateOnly(2026, 3, 1));
        object Progress(int? version, params string[] urls) =>
            new
            {
                version,
                reportedOn = "2026-03-09",
                status = MeasureStatus.InProgress,
                output = "ปรับปรุงหน้าเว็บไซต์แล้ว",
                evidence = urls.Select(u => new
                    {
                        url = u,
                        title = "โครงสร้างองค์กร",
                        publishedOn = "2026-03-05",
                    })
                    .ToArray(),
            };
        var progressUrl = $"/api/plans/{plan.Id}/measures/{measure.Id}/progress";

        var progress = await Scenario.ReadAsync<ProgressResponse>(
            await s.PostAsync(
                progressUrl,
                Progress(null, "https://www.maechan.go.th/structure", "https://www.maechan.go.th/structure.pdf")
            ),
            HttpStatusCode.Created
        );

        var registry = await Scenario.ReadAsync<OrganisationEvidenceResponse>(await s.Client.GetAsync(Registry));
        var o1 = registry.Items.Single(i => i.Code == "O1");
        Assert.Equal(2, o1.Links);
        Assert.All(o1.Evidence, e =>
            Assert.Equal(
                (EvidenceSource.Progress, progress.Id, measure.Id),
                (e.Source, e.ProgressId!.Value, e.MeasureId!.Value)
            )
        );
        await Scenario.ProblemAsync(
            await s.PutAsync($"/api/evidence/links/{o1.Evidence[0].Id}", Link("O1", version: 1)),
            HttpStatusCode.Conflict
        );

        await Scenario.ReadAsync<ProgressResponse>(
            await s.PutAsync(
                $"{progressUrl}/{progress.Id}",
                Progress(progress.Version, "https://www.maechan.go.th/structure.pdf")
            )
        );
        registry = await Scenario.ReadAsync<OrganisationEvidenceResponse>(await s.Client.GetAsync(Registry));
        var kept = Assert.Single(registry.Items.Single(i => i.Code == "O1").Evidence);
        Assert.Equal("https://www.maechan.go.th/structure.pdf", kept.Url);
        Assert.Contains(o1.Evidence, e => e.Id == kept.Id);
    }

    [Fact]
    public async Task A_check_on_demand_never_reaches_a_private_or_loopback_address_and_is_kept_in_the_history()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 10));
        await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var added = await Scenario.ReadAsync<EvidenceLinkResponse>(
            await s.PostAsync($"{Registry}/links", Link("O1", url: "http://169.254.169.254/latest/meta-data/")),
            HttpStatusCode.Created
        );

        var check = await Scenario.ReadAsync<EvidenceCheckResponse>(
            await s.Client.PostAsync($"/api/evidence/links/{added.Id}/check", null)
        );

        Assert.Equal((false, LinkFailure.NotAllowed), (check.Ok, check.Failure));
        var history = await Scenario.ReadAsync<Page<EvidenceCheckResponse>>(
            await s.Client.GetAsync($"/api/evidence/links/{added.Id}/checks")
        );
        Assert.Equal(check.Id, Assert.Single(history.Items).Id);
        var link = await Scenario.ReadAsync<EvidenceLinkResponse>(
            await s.Client.GetAsync($"/api/evidence/links/{added.Id}")
        );
        Assert.Equal((LinkState.Failing, 1), (link.State, link.FailedChecks));
    }

    [Fact]
    public async Task National_admins_keep_the_calendar_as_versions_and_the_registry_counts_down_to_the_OIT_window()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 10));
        await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        object Calendar(int version, string closes, string reason = "ประกาศ ป.ป.ช. ปฏิทินการประเมิน ITA 2569") =>
            new
            {
                version,
                reason,
                windows = new object[]
                {
                    new
                    {
                        kind = "Registration",
                        opens = "2026-01-05",
                        closes = "2026-01-30",
                    },
                    new
                    {
                        kind = "OitSubmission",
                        opens = "2026-02-01",
                        closes,
                    },
                    new
                    {
                        kind = "Results",
                        opens = "2026-09-15",
                        closes = "2026-09-15",
                    },
                },
            };

        Assert.Equal(HttpStatusCode.NotFound, (await s.Client.GetAsync("/api/calendar/2569")).StatusCode);
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await s.PutAsync("/api/calendar/2569", Calendar(0, "2026-05-31"))).StatusCode
        );
        var invalid = await Scenario.ProblemAsync(
            await s.Admin.PutAsJsonAsync(
                "/api/calendar/2569",
                new
                {
                    version = 0,
                    reason = "",
                    windows = new object[]
                    {
                        new
                        {
                            kind = "Survey",
                            opens = "2026-05-01",
                            closes = "2026-04-01",
                        },
                        new
                        {
                            kind = "Survey",
                            opens = "2026-05-01",
                            closes = "2026-06-01",
                        },
                    },
                }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.Equal(
            ["reason", "windows[0].closes", "windows[1].kind"],
            invalid["errors"]!.AsObject().Select(e => e.Key).Order()
        );

        var first = await Scenario.ReadAsync<CalendarResponse>(
            await s.Admin.PutAsJsonAsync("/api/calendar/2569", Calendar(0, "2026-05-31"))
        );
        Assert.Equal(1, first.Version);
        var stale = await Scenario.ProblemAsync(
            await s.Admin.PutAsJsonAsync("/api/calendar/2569", Calendar(0, "2026-06-30")),
            HttpStatusCode.Conflict
        );
        Assert.Equal(1, (int)stale["currentVersion"]!);
        await Scenario.ReadAsync<CalendarResponse>(
            await s.Admin.PutAsJsonAsync(
                "/api/calendar/2569",
                Calendar(1, "2026-06-15", "ป.ป.ช. ขยายเวลาส่งข้อมูล OIT")
            )
        );

        var history = await Scenario.ReadAsync<List<CalendarResponse>>(
            await s.Client.GetAsync("/api/calendar/2569/history")
        );
        Assert.Equal(
            [(2, "ป.ป.ช. ขยายเวลาส่งข้อมูล OIT"), (1, "ประกาศ ป.ป.ช. ปฏิทินการประเมิน ITA 2569")],
            history.Select(h => (h.Version, h.Reason))
        );
        Assert.All(history, h => Assert.False(string.IsNullOrEmpty(h.ChangedBy)));
        var registry = await Scenario.ReadAsync<OrganisationEvidenceResponse>(await s.Client.GetAsync(Registry));
        Assert.Equal(
            (new DateOnly(2026, 6, 15), 97),
            (registry.SubmissionWindow!.Closes, registry.DaysUntilSubmissionCloses!.Value)
        );
    }

    [Fact]
    public async Task Overseers_see_per_province_the_organisations_with_uncovered_items()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, new DateOnly(2026, 3, 10));
        await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        await s.PostAsync($"{Registry}/links", Link("O11"));

        var oversight = await Scenario.ReadAsync<EvidenceOversightResponse>(
            await s.Admin.GetAsync("/api/evidence/oversight?fiscalYear=2569")
        );

        var province = Assert.Single(oversight.Provinces);
        Assert.Equal(("ตาก", 1, 1), (province.Province, province.Organisations, province.WithProblems));
        var organisation = Assert.Single(province.Problems);
        var items = OitItems.Of(new CodeBookStore(), 2569).Count;
        Assert.Equal(
            (Org, items, 0, 1, items - 1),
            (
                organisation.OrganisationCode,
                organisation.ItemCount,
                organisation.Covered,
                organisation.Unverified,
                organisation.Missing
            )
        );
    }
}
