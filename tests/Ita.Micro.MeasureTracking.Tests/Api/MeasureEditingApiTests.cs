using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Model;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>Officers editing a draft's measures and their organisation's units: validation, concurrency, audit, re-analysis.</summary>
[Collection(MeasureTrackingBrokerCollection.Name)]
public sealed class MeasureEditingApiTests(RabbitMqFixture rabbit)
{
    private static readonly DateOnly Today = new(2025, 11, 25);

    private static readonly string Indicator4Concept = new CodeBookStore()
        .Find(2568)!
        .Items.First(i => i.Indicator == 4 && i.Concept is not null)
        .Concept!;

    public static object Body(
        int? version,
        string title = "จัดทำคู่มือการยืมทรัพย์สินของราชการ",
        string unit = "กองคลัง",
        object? period = null
    ) =>
        new
        {
            version,
            title,
            indicators = new[] { 4 },
            itemConcepts = new[] { Indicator4Concept },
            finding = "ตัวชี้วัดที่ 4 ได้ 72.30 คะแนน ต่ำกว่าเกณฑ์",
            steps = new[] { "แต่งตั้งคณะทำงาน", "ยกร่างคู่มือ", "ประกาศใช้คู่มือ" },
            responsibleUnits = new[] { unit },
            period = period ?? new { fromQuarter = 1, toQuarter = 2 },
            followUp = "รายงานนายกทุกไตรมาส",
            target = "ตัวชี้วัดที่ 4 ได้ไม่ต่ำกว่า 85 คะแนน ภายในปีงบประมาณ พ.ศ. 2569",
        };

    [Fact]
    public async Task An_officer_edits_a_measure_and_the_audit_keeps_each_old_and_new_value()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var measure = plan.Measures[0];

        var saved = await Scenario.ReadAsync<MeasureResponse>(
            await s.PutAsync(
                $"/api/plans/{plan.Id}/measures/{measure.Id}",
                Body(measure.Version, period: new { fromMonth = "2025-11", toMonth = "2026-02" })
            )
        );

        Assert.Equal(
            ("จัดทำคู่มือการยืมทรัพย์สินของราชการ", 2, true),
            (saved.Title, saved.Version, saved.EditedByOfficer)
        );
        Assert.Equal(["แต่งตั้งคณะทำงาน", "ยกร่างคู่มือ", "ประกาศใช้คู่มือ"], saved.Steps);
        Assert.Equal([Indicator4Concept], saved.ItemConcepts);
        Assert.Equal(
            (new DateOnly(2025, 11, 1), new DateOnly(2026, 2, 28), "พฤศจิกายน ๒๕๖๘ – กุมภาพันธ์ ๒๕๖๙"),
            (saved.PeriodStart, saved.PeriodEnd, saved.Period)
        );

        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityId={measure.Id}")
        );
        var update = audit.Items.First();
        Assert.Equal(("measure", "updated", "officer-somchai"), (update.EntityType, update.Action, update.ChangedBy));
        Assert.Contains(new AuditChange("title", measure.Title, "จัดทำคู่มือการยืมทรัพย์สินของราชการ"), update.Changes);
        Assert.Contains(new AuditChange("periodEnd", "2026-09-30", "2026-02-28"), update.Changes);
        Assert.Contains(new AuditChange("responsibleUnits", "[\"สำนักปลัด\"]", "[\"กองคลัง\"]"), update.Changes);
        Assert.DoesNotContain(update.Changes, c => c.Field == "indicators"); // unchanged fields are not listed
        Assert.Equal("created", audit.Items.Last().Action);

        // Added and removed measures are audited too.
        var added = await Scenario.ReadAsync<MeasureResponse>(
            await s.PostAsync(
                $"/api/plans/{plan.Id}/measures",
                Body(null, "เผยแพร่ข้อมูลการใช้ทรัพย์สิน", "สำนักปลัด", new { fromQuarter = 3 })
            ),
            HttpStatusCode.Created
        );
        Assert.Equal((6, "ไตรมาสที่ ๓ (เมษายน ๒๕๖๙ – มิถุนายน ๒๕๖๙)"), (added.Order, added.Period));
        using var remove = await s.Client.DeleteAsync($"/api/plans/{plan.Id}/measures/{plan.Measures[1].Id}?version=1");
        Assert.Equal(HttpStatusCode.NoContent, remove.StatusCode);
        var actions = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityType=measure&pageSize=3")
        );
        Assert.Equal(["removed", "created", "updated"], actions.Items.Select(a => a.Action));
        Assert.Contains(actions.Items[0].Changes, c =>
            c.Field == "title" && c.OldValue == plan.Measures[1].Title && c.NewValue is null
        );
        var after = await s.GetPlanAsync(plan.Id);
        Assert.Equal([1, 2, 3, 4, 5], after.Measures.Select(m => m.Order));
    }

    [Fact]
    public async Task Bad_measures_are_refused_with_400_naming_the_field_in_Thai_and_nothing_is_saved()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var measure = plan.Measures[0];
        var auditBefore = (
            await Scenario.ReadAsync<Page<AuditEntryResponse>>(await s.Client.GetAsync($"/api/plans/{plan.Id}/audit"))
        ).TotalCount;
        var url = $"/api/plans/{plan.Id}/measures/{measure.Id}";

        var outside = await Scenario.ProblemAsync(
            await s.PutAsync(url, Body(1, period: new { fromMonth = "2026-07", toMonth = "2026-10" })),
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            "นอกปีงบประมาณ พ.ศ. 2569",
            (string)outside["errors"]!["period.toMonth"]![0]!,
            StringComparison.Ordinal
        );
        var before = await Scenario.ProblemAsync(
            await s.PutAsync(url, Body(1, period: new { fromMonth = "2025-09", toMonth = "2025-12" })),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(before["errors"]!["period.fromMonth"]);
        var quarter = await Scenario.ProblemAsync(
            await s.PutAsync(url, Body(1, period: new { fromQuarter = 2, toQuarter = 5 })),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(quarter["errors"]!["period.fromQuarter"]);
        var unit = await Scenario.ProblemAsync(
            await s.PutAsync(url, Body(1, unit: "กองที่ไม่มีอยู่จริง")),
            HttpStatusCode.BadRequest
        );
        Assert.Contains(
            "กองที่ไม่มีอยู่จริง",
            (string)unit["errors"]!["responsibleUnits[0]"]![0]!,
            StringComparison.Ordinal
        );
        var title = await Scenario.ProblemAsync(await s.PutAsync(url, Body(1, title: "  ")), HttpStatusCode.BadRequest);
        Assert.Contains("ชื่อมาตรการ", (string)title["errors"]!["title"]![0]!, StringComparison.Ordinal);
        var all = await Scenario.ProblemAsync(
            await s.PostAsync($"/api/plans/{plan.Id}/measures", Body(null, "", "ไม่มี", new { fromMonth = "2569-01" })),
            HttpStatusCode.BadRequest
        );
        Assert.Equal(
            ["period.fromMonth", "responsibleUnits[0]", "title"],
            all["errors"]!.AsObject().Select(e => e.Key).Order()
        );

        var unchanged = await s.GetPlanAsync(plan.Id);
        Assert.Equal(
            plan.Measures.Select(m => (m.Id, m.Title, m.Version, m.Period)),
            unchanged.Measures.Select(m => (m.Id, m.Title, m.Version, m.Period))
        );
        Assert.Equal(
            auditBefore,
            (
                await Scenario.ReadAsync<Page<AuditEntryResponse>>(
                    await s.Client.GetAsync($"/api/plans/{plan.Id}/audit")
                )
            ).TotalCount
        );
    }

    [Fact]
    public async Task Two_officers_editing_one_measure_the_second_gets_409_with_the_current_version_and_the_first_edit_stays()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var url = $"/api/plans/{plan.Id}/measures/{plan.Measures[0].Id}";

        using var get = await s.Client.GetAsync(url);
        Assert.Equal("\"1\"", get.Headers.ETag!.Tag);

        await Scenario.ReadAsync<MeasureResponse>(await s.PutAsync(url, Body(1, "ฉบับของเจ้าหน้าที่คนแรก")));
        using var second = new HttpRequestMessage(HttpMethod.Put, url)
        {
            Content = JsonContent.Create(Body(null, "ฉบับของเจ้าหน้าที่คนที่สอง"), options: Scenario.Json),
        };
        second.Headers.IfMatch.Add(new EntityTagHeaderValue("\"1\""));
        var conflict = await Scenario.ProblemAsync(await s.Client.SendAsync(second), HttpStatusCode.Conflict);

        Assert.Equal(2, (int)conflict["currentVersion"]!);
        Assert.Contains("version 2", (string)conflict["detail"]!, StringComparison.Ordinal);
        var measure = await Scenario.ReadAsync<MeasureResponse>(await s.Client.GetAsync(url));
        Assert.Equal(("ฉบับของเจ้าหน้าที่คนแรก", 2), (measure.Title, measure.Version));

        // Concurrent saves racing past the version check: one wins, the other is refused, none is lost silently.
        var racers = await Task.WhenAll(Enumerable.Range(0, 4).Select(i => s.PutAsync(url, Body(2, $"พร้อมกัน {i}"))));
        Assert.Equal(1, racers.Count(r => r.StatusCode == HttpStatusCode.OK));
        Assert.Equal(3, racers.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        var final = await Scenario.ReadAsync<MeasureResponse>(await s.Client.GetAsync(url));
        Assert.Equal(3, final.Version);
        var audit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/{plan.Id}/audit?entityId={final.Id}&entityType=measure")
        );
        Assert.Equal(3, audit.TotalCount); // created, the first officer's edit, the one racer that won
        Assert.Equal(final.Title, audit.Items[0].Changes.Single(c => c.Field == "title").NewValue);
    }

    [Fact]
    public async Task Officers_edit_their_units_and_a_new_analysis_revision_keeps_their_edited_measure()
    {
        await using var s = await Scenario.StartAsync(rabbit.Broker, Today);
        var plan = await s.AnalyseAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var code = plan.OrganisationCode;

        var units = await Scenario.ReadAsync<UnitsResponse>(
            await s.Client.GetAsync($"/api/plans/organisations/{code}/units")
        );
        Assert.Equal(1, units.Version);
        Assert.Contains("กองการศึกษา ศาสนาและวัฒนธรรม", units.Units);
        var stale = await Scenario.ProblemAsync(
            await s.PutAsync(
                $"/api/plans/organisations/{code}/units",
                new { version = 0, units = new[] { "สำนักปลัด" } }
            ),
            HttpStatusCode.Conflict
        );
        Assert.Equal(1, (int)stale["currentVersion"]!);
        var duplicate = await Scenario.ProblemAsync(
            await s.PutAsync(
                $"/api/plans/organisations/{code}/units",
                new { version = 1, units = new[] { "สำนักปลัด", "สำนักปลัด" } }
            ),
            HttpStatusCode.BadRequest
        );
        Assert.NotNull(duplicate["errors"]!["units[1]"]);
        var edited = await Scenario.ReadAsync<UnitsResponse>(
            await s.PutAsync(
                $"/api/plans/organisations/{code}/units",
                new { version = 1, units = units.Units.Append("งานนิติการ").ToArray() }
            )
        );
        Assert.Equal(2, edited.Version);
        var unitsAudit = await Scenario.ReadAsync<Page<AuditEntryResponse>>(
            await s.Client.GetAsync($"/api/plans/organisations/{code}/audit?entityType=units")
        );
        Assert.Equal(["updated", "created"], unitsAudit.Items.Select(a => a.Action));
        Assert.Contains("งานนิติการ", unitsAudit.Items[0].Changes.Single().NewValue!, StringComparison.Ordinal);

        var four = plan.Measures.Single(m => m.Indicators[0].Number == 4);
        await Scenario.ReadAsync<MeasureResponse>(
            await s.PutAsync($"/api/plans/{plan.Id}/measures/{four.Id}", Body(1, "มาตรการที่ปรับแล้ว", "งานนิติการ"))
        );

        var refreshed = await s.AnalyseAsync(
            AnalysisBuilder.WeakFlagsOnly().WithRevision(2).WithIndicator(4, 60m).WithIndicator(5, 95m).Build()
        );
        Assert.Equal(2, refreshed.AnalysisRevision);
        var kept = refreshed.Measures.Single(m => m.Id == four.Id);
        Assert.Equal(
            ("มาตรการที่ปรับแล้ว", "งานนิติการ", 2),
            (kept.Title, kept.ResponsibleUnits.Single(), kept.Version)
        );
        Assert.DoesNotContain(refreshed.Measures, m => m.Indicators[0].Number == 5);
        var drafted = await s.Events.WaitForAsync<Ita.Micro.Contracts.ImprovementPlanDrafted>(e =>
            e.AnalysisRevision == 2
        );
        Assert.Equal(plan.Id, drafted.PlanId);
    }
}
