using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Micro.Contracts;
using MassTransit;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// The analysis service's results through the gateway, fed through the real broker: revisions arriving twice or out
/// of order, peers and statistics of a province, paging, trends, and the narrative and measures that reach the plan.
/// The tests of this class run one after another on their own system, so every 2568 analysis it holds is theirs.
/// </summary>
public sealed class AnalysisEndToEndTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    /// <summary>
    /// MassTransit creates its send activity, and so carries a trace to the consumer, only while someone listens to
    /// its source; the tests listen so that a published message's consumption shows up at the trace collector.
    /// </summary>
    private static readonly ActivityListener MassTransitListener = StartListening();

    private static readonly OrganisationInfo TakOrganisation = new()
    {
        Code = "6630811",
        Name = "เทศบาลตำบลทดสอบที่ 11",
        Type = "เทศบาลตำบล",
        Province = "ตาก",
        District = "อุ้มผาง",
    };

    [Fact]
    public async Task Revisions_repeated_or_out_of_order_on_the_broker_leave_the_newest_analysis_plan_and_one_document()
    {
        var revision2 = Recorded(
            TakOrganisation,
            2568,
            2,
            [88.10m, 86.20m, 97.00m, 71.40m, 80.50m, 88.00m, 83.30m, 85.00m, 92.00m, 79.90m],
            total: 84.62m
        );
        var revision1 = Recorded(
            TakOrganisation,
            2568,
            1,
            [70.00m, 70.00m, 70.00m, 60.00m, 60.00m, 70.00m, 70.00m, 70.00m, 70.00m, 60.00m],
            total: 66.00m
        );

        await using var bus = await StartBusAsync();
        var firstId = NewId.NextGuid();
        await PublishAndWaitConsumedAsync(bus, revision2, firstId);
        var analysed = await system.WaitForJsonAsync("/api/analyses/6630811/2568");
        Assert.Equal(2, analysed.GetProperty("revision").GetInt32());
        var firstDocument = await system.WaitForRenderedDocumentAsync("6630811", 2568);

        // Older, the very same message again, and the same business key under a new message id: none may count.
        await PublishAndWaitConsumedAsync(bus, revision1, NewId.NextGuid());
        await PublishAndWaitConsumedAsync(bus, revision2, firstId);
        await PublishAndWaitConsumedAsync(bus, revision2 with { RecordedAtUtc = DateTime.UtcNow }, NewId.NextGuid());
        // A sentinel: another organisation's scores published after them, through the same queues. Once its document
        // is rendered, anything the repeats had set off downstream would have reached the documents too.
        // Its own province, so that no other test's province counts it.
        var sentinel = TakOrganisation with
        {
            Code = "6630821",
            Name = "เทศบาลตำบลทดสอบที่ 21",
            Province = $"ทดสอบ{Guid.NewGuid():N}",
        };
        var sentinelScores = revision1 with { AssessmentId = NewId.NextGuid(), Organisation = sentinel };
        await PublishAndWaitConsumedAsync(bus, sentinelScores, NewId.NextGuid());
        await system.WaitForRenderedDocumentAsync(sentinel.Code, 2568);

        var analysis = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/analyses/6630811/2568");
        Assert.Equal(2, analysis.GetProperty("revision").GetInt32());
        Assert.Equal(84.62m, analysis.GetProperty("total").GetDecimal());
        Assert.Equal(analysed.GetProperty("analysisId").GetGuid(), analysis.GetProperty("analysisId").GetGuid());
        var years = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/analyses/6630811");
        Assert.Equal(1, years.GetArrayLength());

        var peers = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/analyses/6630811/2568/peers");
        Assert.Equal(2, peers.GetProperty("revision").GetInt32());
        Assert.Equal(84.62m, Measure(peers, 0).GetProperty("score").GetDecimal());
        var search = await system.Gateway.GetFromJsonAsync<JsonElement>(
            $"/api/analyses?province={Uri.EscapeDataString("ตาก")}&year=2568&pageSize=200"
        );
        var row = Assert.Single(search.GetProperty("items").EnumerateArray(), i =>
            i.GetProperty("organisationCode").GetString() == "6630811"
        );
        Assert.Equal(2, row.GetProperty("revision").GetInt32());

        var plan = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/plans/6630811/2569");
        Assert.Equal(2, plan.GetProperty("analysisRevision").GetInt32());
        Assert.Equal(
            analysis
                .GetProperty("recommendedMeasures")
                .EnumerateArray()
                .Select(m => m.GetProperty("title").GetString()),
            plan.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("title").GetString())
        );

        var documents = await system.Gateway.GetFromJsonAsync<JsonElement>(
            "/api/documents/?organisationCode=6630811&fiscalYear=2568"
        );
        var document = Assert.Single(documents.EnumerateArray());
        Assert.Equal(firstDocument.GetProperty("id").GetGuid(), document.GetProperty("id").GetGuid());
        Assert.Equal("Rendered", document.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Imports_of_one_province_give_peers_statistics_and_pages_of_that_province()
    {
        var province = $"ทดสอบ{Guid.NewGuid():N}";
        var organisations = new[]
        {
            (Code: "7710001", Total: 91.50m),
            (Code: "7710002", Total: 78.25m),
            (Code: "7710003", Total: 85.00m),
            (Code: "7710004", Total: 85.00m),
            (Code: "7710005", Total: 66.40m),
        };
        var registry = new StringBuilder("code,name,type,province,district\n");
        foreach (var (code, _) in organisations)
            registry.AppendLine($"{code},องค์การบริหารส่วนตำบลทดสอบ {code},อบต.,{province},เมือง");
        var registered = await system.Gateway.PostAsync(
            "/api/organisations",
            new StringContent(registry.ToString(), Encoding.UTF8, "text/csv")
        );
        Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());

        var assessments = new JsonArray();
        foreach (var (code, total) in organisations)
            assessments.Add(
                Assessment(code, $"องค์การบริหารส่วนตำบลทดสอบ {code}", "อบต.", province, 2568, total, total)
            );
        var import = await Import(new JsonObject { ["source"] = "e2e-peers", ["assessments"] = assessments });
        Assert.Equal(organisations.Length, import.GetProperty("recorded").GetInt32());
        foreach (var (code, _) in organisations)
            await system.WaitForJsonAsync($"/api/analyses/{code}/2568/peers");

        // Nationally, every 2568 analysis this class's system holds counts; they are read back to count them.
        var national = await AllAnalysesAsync("/api/analyses?year=2568");
        foreach (var (code, total) in organisations)
        {
            var peers = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/analyses/{code}/2568/peers");
            Assert.Equal(province, peers.GetProperty("province").GetString());
            var measure = Measure(peers, 0);
            Assert.Equal(total, measure.GetProperty("score").GetDecimal());
            AssertStanding(measure.GetProperty("inProvince"), total, organisations.Select(o => o.Total).ToList());
            AssertStanding(
                measure.GetProperty("national"),
                total,
                national.Select(a => a.GetProperty("total").GetDecimal()).ToList()
            );
            Assert.Equal(Mean(organisations.Select(o => o.Total)), measure.GetProperty("provinceAverage").GetDecimal());
        }
        // Ties share the rank and the percentile: 85.00 twice is second of five, 80 % at or below.
        var tied = Measure(await system.Gateway.GetFromJsonAsync<JsonElement>("/api/analyses/7710004/2568/peers"), 0)
            .GetProperty("inProvince");
        Assert.Equal(2, tied.GetProperty("rank").GetInt32());
        Assert.Equal(80m, tied.GetProperty("percentile").GetDecimal());

        var statistics = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/statistics/2568");
        Assert.Equal(national.Count, statistics.GetProperty("count").GetInt32());
        var group = Assert.Single(statistics.GetProperty("provinces").EnumerateArray(), p =>
            p.GetProperty("name").GetString() == province
        );
        Assert.Equal(organisations.Length, group.GetProperty("count").GetInt32());
        var totalMean = group
            .GetProperty("means")
            .EnumerateArray()
            .Single(m => m.GetProperty("measure").GetInt32() == 0);
        Assert.Equal(organisations.Length, totalMean.GetProperty("count").GetInt32());
        Assert.Equal(Mean(organisations.Select(o => o.Total)), totalMean.GetProperty("mean").GetDecimal());

        // Paged by province, typed with its prefix "จังหวัด" as a user would; ordered by organisation code.
        var filter = $"/api/analyses?province={Uri.EscapeDataString("จังหวัด" + province)}&year=2568&pageSize=2";
        var codes = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            var result = await system.Gateway.GetFromJsonAsync<JsonElement>($"{filter}&page={page}");
            Assert.Equal(organisations.Length, result.GetProperty("totalCount").GetInt32());
            Assert.Equal(page, result.GetProperty("page").GetInt32());
            var items = result.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(page < 3 ? 2 : 1, items.Count);
            Assert.All(items, i => Assert.Equal(province, i.GetProperty("province").GetString()));
            codes.AddRange(items.Select(i => i.GetProperty("organisationCode").GetString()!));
        }
        Assert.Equal(organisations.Select(o => o.Code), codes);
        var beyond = await system.Gateway.GetFromJsonAsync<JsonElement>($"{filter}&page=4");
        Assert.Empty(beyond.GetProperty("items").EnumerateArray());
        var invalid = await system.Gateway.GetAsync($"{filter}&page=0");
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
    }

    [Fact]
    public async Task Two_years_imported_for_one_organisation_make_a_trend_with_the_rating_change()
    {
        var assessments = new JsonArray
        {
            Assessment(TakOrganisation.Code, TakOrganisation.Name, TakOrganisation.Type, "ตาก", 2567, 90.17m, 90.17m),
            Assessment(TakOrganisation.Code, TakOrganisation.Name, TakOrganisation.Type, "ตาก", 2568, 75.00m, 75.00m),
        };
        // 6630812: not the organisation the broker test feeds, so the two tests never share an organisation-year.
        foreach (var node in assessments)
            node!["organisation"]!["code"] = "6630812";
        foreach (var node in assessments)
            node!["organisation"]!["name"] = "เทศบาลตำบลทดสอบที่ 12";
        var import = await Import(new JsonObject { ["source"] = "e2e-trend", ["assessments"] = assessments });
        Assert.Equal(2, import.GetProperty("recorded").GetInt32());
        await system.WaitForJsonAsync("/api/analyses/6630812/2568");
        await system.WaitForJsonAsync("/api/analyses/6630812/2567");

        var trend = await WaitForTrendAsync("6630812", years: 2);
        Assert.Equal("ตาก", trend.GetProperty("province").GetString());
        var years = trend.GetProperty("years").EnumerateArray().ToList();
        Assert.Equal([2567, 2568], years.Select(y => y.GetProperty("fiscalYear").GetInt32()));
        Assert.Equal("ผ่านดี", years[0].GetProperty("rating").GetString());
        Assert.False(years[0].GetProperty("ratingChanged").GetBoolean());
        Assert.Equal(JsonValueKind.Null, years[0].GetProperty("changeFromPrevious").ValueKind);
        Assert.Equal("ต้องปรับปรุง", years[1].GetProperty("rating").GetString());
        Assert.True(years[1].GetProperty("ratingChanged").GetBoolean());
        Assert.False(years[1].GetProperty("ratingSchemeChanged").GetBoolean());
        Assert.Equal(2567, years[1].GetProperty("previousFiscalYear").GetInt32());
        Assert.Equal(-15.17m, years[1].GetProperty("changeFromPrevious").GetDecimal());
        Assert.Equal([2568], trend.GetProperty("ratingChangedIn").EnumerateArray().Select(y => y.GetInt32()));

        var unknown = await system.Gateway.GetAsync("/api/analyses/0000000/trend");
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }

    [Fact]
    public async Task A_weak_indicator_gets_a_Thai_narrative_and_catalogue_measures_whose_titles_the_drafted_plan_lists()
    {
        var sample = JsonNode
            .Parse(
                File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Samples", "mae-chan.json"))
                    .Replace("6630801", "6630813")
                    .Replace("เทศบาลตำบลแม่จัน", "เทศบาลตำบลทดสอบที่ 13")
            )!
            .AsObject();
        var import = await Import(sample);
        Assert.Equal(2, import.GetProperty("recorded").GetInt32());

        var analysis = await system.WaitForJsonAsync("/api/analyses/6630813/2568");
        var indicators = analysis.GetProperty("indicators").EnumerateArray().ToList();
        Assert.Equal(10, indicators.Count);
        var fourth = indicators.Single(i => i.GetProperty("indicator").GetInt32() == 4);
        Assert.Equal(72.30m, fourth.GetProperty("score").GetDecimal());
        Assert.NotEqual("Maintain", fourth.GetProperty("classification").ToString());
        Assert.Contains("72.30", fourth.GetProperty("reason").GetString());
        Assert.All(indicators, i =>
            Assert.True(
                IsThai(i.GetProperty("narrative").GetString()),
                $"indicator {i.GetProperty("indicator")} has no Thai narrative"
            )
        );
        Assert.Contains("การใช้ทรัพย์สินของราชการ", fourth.GetProperty("narrative").GetString());

        var recommended = analysis.GetProperty("recommendedMeasures").EnumerateArray().ToList();
        Assert.NotEmpty(recommended);
        var forFourth = Assert.Single(recommended, m => m.GetProperty("indicator").GetInt32() == 4);
        Assert.True(IsThai(forFourth.GetProperty("title").GetString()));
        Assert.True(IsThai(forFourth.GetProperty("finding").GetString()));

        // The catalogue the analysis used holds those measures under the ids and titles it gave.
        var catalogue = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/catalogue?indicator=4");
        Assert.Equal(forFourth.GetProperty("catalogueVersion").GetInt32(), catalogue.GetProperty("version").GetInt32());
        var entry = Assert.Single(catalogue.GetProperty("measures").EnumerateArray(), m =>
            m.GetProperty("id").GetString() == forFourth.GetProperty("id").GetString()
        );
        Assert.Equal(forFourth.GetProperty("title").GetString(), entry.GetProperty("title").GetString());

        var plan = await system.WaitForJsonAsync("/api/plans/6630813/2569");
        Assert.Equal(analysis.GetProperty("revision").GetInt32(), plan.GetProperty("analysisRevision").GetInt32());
        var measures = plan.GetProperty("measures").EnumerateArray().ToList();
        Assert.Equal(
            recommended.Select(m => m.GetProperty("title").GetString()),
            measures.Select(m => m.GetProperty("title").GetString())
        );
        Assert.Equal(
            recommended.Select(m => m.GetProperty("indicator").GetInt32()),
            measures.Select(m => m.GetProperty("indicator").GetInt32())
        );
        Assert.Equal(Enumerable.Range(1, measures.Count), measures.Select(m => m.GetProperty("order").GetInt32()));
    }

    // ----- the broker

    private static ActivityListener StartListening()
    {
        var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name.StartsWith("MassTransit", StringComparison.Ordinal),
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllDataAndRecorded,
        };
        ActivitySource.AddActivityListener(listener);
        return listener;
    }

    private static AssessmentRecorded Recorded(
        OrganisationInfo organisation,
        int fiscalYear,
        int revision,
        decimal[] indicators,
        decimal total
    ) =>
        new()
        {
            AssessmentId = NewId.NextGuid(),
            Organisation = organisation,
            FiscalYear = fiscalYear,
            Revision = revision,
            Scores = new AssessmentScores
            {
                Total = total,
                Tools =
                [
                    new ToolScore { Tool = "IIT", Score = total },
                    new ToolScore { Tool = "EIT", Score = total },
                    new ToolScore { Tool = "OIT", Score = total },
                ],
                Indicators =
                [
                    .. indicators.Select((score, i) => new IndicatorScore { Indicator = i + 1, Score = score }),
                ],
            },
            ImportId = NewId.NextGuid(),
            RecordedAtUtc = DateTime.UtcNow,
        };

    private sealed class TestBus(IBusControl bus) : IAsyncDisposable
    {
        public IBusControl Bus { get; } = bus;

        public async ValueTask DisposeAsync() => await Bus.StopAsync();
    }

    private async Task<TestBus> StartBusAsync()
    {
        GC.KeepAlive(MassTransitListener);
        var broker = system.Broker;
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
            rabbit.Host(broker.Host, (ushort)broker.Port, broker.VirtualHost, h =>
            {
                h.Username(broker.Username);
                h.Password(broker.Password);
            })
        );
        await bus.StartAsync();
        return new TestBus(bus);
    }

    /// <summary>
    /// Publishes as score ingestion would, under the given message id and a trace of its own, and waits until the
    /// analysis service has exported a span of that trace: it has consumed the message, whatever it made of it.
    /// </summary>
    private async Task PublishAndWaitConsumedAsync(TestBus bus, AssessmentRecorded message, Guid messageId)
    {
        var traceId = ActivityTraceId.CreateRandom();
        using (
            new Activity("e2e-score-ingestion")
                .SetParentId(traceId, ActivitySpanId.CreateRandom(), ActivityTraceFlags.Recorded)
                .Start()
        )
        {
            await bus.Bus.Publish(message, context => context.MessageId = messageId);
        }
        await system.WaitForAsync(
            () => Task.FromResult(system.Collector.SawTrace("analysis", traceId.ToHexString())),
            SystemFixture.Patience,
            $"analysis did not consume revision {message.Revision} (message {messageId}, trace {traceId})"
        );
    }

    // ----- the gateway

    private static JsonObject Assessment(
        string code,
        string name,
        string type,
        string province,
        int fiscalYear,
        decimal total,
        decimal tools
    )
    {
        var indicators = new JsonArray();
        for (var i = 1; i <= 10; i++)
            indicators.Add(
                new JsonObject
                {
                    ["indicator"] = i,
                    ["score"] = i == 4 ? Math.Max(0m, total - 10m) : Math.Min(100m, total + 1m),
                }
            );
        return new JsonObject
        {
            ["organisation"] = new JsonObject
            {
                ["code"] = code,
                ["name"] = name,
                ["type"] = type,
                ["province"] = province,
            },
            ["fiscalYear"] = fiscalYear,
            ["scores"] = new JsonObject
            {
                ["total"] = total,
                ["tools"] = new JsonArray(
                    new JsonObject { ["tool"] = "IIT", ["score"] = tools },
                    new JsonObject { ["tool"] = "EIT", ["score"] = tools },
                    new JsonObject { ["tool"] = "OIT", ["score"] = tools }
                ),
                ["indicators"] = indicators,
            },
        };
    }

    private async Task<JsonElement> Import(JsonObject body)
    {
        var response = await system.Gateway.PostAsync(
            "/api/imports",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")
        );
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location ?? throw new InvalidOperationException("202 without Location");
        JsonElement import = default;
        await system.WaitForAsync(
            async () =>
            {
                import = await system.Gateway.GetFromJsonAsync<JsonElement>(location.PathAndQuery);
                return import.GetProperty("status").GetString() is "Completed" or "Failed";
            },
            SystemFixture.Patience,
            $"import {location} not processed"
        );
        Assert.True(import.GetProperty("status").GetString() == "Completed", import.ToString());
        return import;
    }

    private async Task<List<JsonElement>> AllAnalysesAsync(string filter)
    {
        var all = new List<JsonElement>();
        for (var page = 1; ; page++)
        {
            var result = await system.Gateway.GetFromJsonAsync<JsonElement>($"{filter}&pageSize=200&page={page}");
            var items = result.GetProperty("items").EnumerateArray().ToList();
            all.AddRange(items);
            if (items.Count == 0 || all.Count >= result.GetProperty("totalCount").GetInt32())
                return all;
        }
    }

    private async Task<JsonElement> WaitForTrendAsync(string organisationCode, int years)
    {
        JsonElement trend = default;
        await system.WaitForAsync(
            async () =>
            {
                var response = await system.Gateway.GetAsync($"/api/analyses/{organisationCode}/trend");
                if (!response.IsSuccessStatusCode)
                    return false;
                trend = await response.Content.ReadFromJsonAsync<JsonElement>();
                return trend.GetProperty("years").GetArrayLength() == years;
            },
            SystemFixture.Patience,
            $"no trend of {years} years for {organisationCode}"
        );
        return trend;
    }

    // ----- expectations

    private static JsonElement Measure(JsonElement peers, int measure) =>
        peers.GetProperty("measures").EnumerateArray().Single(m => m.GetProperty("measure").GetInt32() == measure);

    /// <summary>Rank is 1 + those scoring higher; percentile is the share scoring at or below, to two decimals.</summary>
    private static void AssertStanding(JsonElement standing, decimal score, IReadOnlyList<decimal> group)
    {
        var higher = group.Count(s => s > score);
        Assert.Equal(higher + 1, standing.GetProperty("rank").GetInt32());
        Assert.Equal(group.Count, standing.GetProperty("count").GetInt32());
        Assert.Equal(
            Math.Round(100m * (group.Count - higher) / group.Count, 2, MidpointRounding.AwayFromZero),
            standing.GetProperty("percentile").GetDecimal()
        );
    }

    private static decimal Mean(IEnumerable<decimal> scores) =>
        Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero);

    private static bool IsThai(string? text) =>
        !string.IsNullOrWhiteSpace(text) && text.Any(c => c is >= '\u0E00' and <= '\u0E7F');
}
