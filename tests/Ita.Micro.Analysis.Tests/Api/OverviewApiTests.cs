using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Overview;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Contracts;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.Analysis.Tests.Api;

/// <summary>
/// GET /api/statistics/{year}/overview: a province's figures for its overseer and the nation's for national admins,
/// equal to the year's statistics, with the movement from the previous year; nobody else gets any.
/// </summary>
[Collection(AnalysisApiBrokerCollection.Name)]
public sealed class OverviewApiTests(RabbitMqFixture rabbit)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
    private static readonly DateTime At = new(2025, 11, 22, 4, 0, 0, DateTimeKind.Utc);

    private static OrganisationInfo Org(string code, string province, string district) =>
        new()
        {
            Code = code,
            Name = "อบต. " + code,
            Type = "องค์การบริหารส่วนตำบล",
            Province = province,
            District = district,
        };

    /// <summary>ตาก: three organisations in 2568 (one undetermined), two of them also in 2567, in two districts; น่าน: one.</summary>
    private static readonly AnalysisRecord[] Rows =
    [
        Row(Org("6630001", "ตาก", "อุ้มผาง"), 2567, 80.00m, "ต้องปรับปรุง", 70m, 60m),
        Row(Org("6630002", "ตาก", "แม่สอด"), 2567, 90.00m, "ผ่านดี", 88m, 90m),
        Row(Org("6630001", "ตาก", "อุ้มผาง"), 2568, 86.00m, "ผ่าน", 76m, 50m),
        Row(Org("6630002", "ตาก", "แม่สอด"), 2568, 88.50m, "ผ่าน", 80m, 70m),
        Row(Org("6630003", "ตาก", "อุ้มผาง"), 2568, 70.00m, null, 60m, 40m),
        Row(Org("5500101", "น่าน", "เมืองน่าน"), 2568, 95.00m, "ผ่านดีเยี่ยม", 96m, 99m),
    ];

    [Fact]
    public async Task An_overseer_gets_its_own_provinces_figures_equal_to_the_statistics_and_the_move_from_last_year()
    {
        await using var app = await SeededAppAsync();
        using var admin = await app.CreateReadyClientAsync();
        using var overseer = app.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "จังหวัดตาก"));

        var tak = await overseer.GetFromJsonAsync<AreaOverview>("/api/statistics/2568/overview", Json);
        var statistics = await admin.GetFromJsonAsync<YearStatistics>("/api/statistics/2568", Json);

        Assert.NotNull(tak);
        Assert.NotNull(statistics);
        Assert.Equal(("ตาก", 3, 2, 0.6667m), (tak.Province, tak.Count, tak.Passed, tak.PassRate));
        var group = statistics.Provinces.Single(p => p.Name == "ตาก");
        Assert.Equal(group.Count, tak.Count);
        Assert.Equal(group.Means.Single(m => m.Measure == 0).Mean, tak.MeanTotal);
        Assert.Equal(statistics.National.Single(m => m.Measure == 0).Mean, tak.NationalMeanTotal);
        Assert.Equal(
            group.Means.Where(m => m.Measure > 0).Select(m => (m.Measure, m.Mean)),
            tak.Indicators.Select(i => (i.Indicator, i.Mean))
        );
        Assert.Equal(
            (72.00m, 78.00m),
            (
                tak.Indicators.Single(i => i.Indicator == 4).Mean,
                tak.Indicators.Single(i => i.Indicator == 4).NationalMean
            )
        );
        Assert.Equal(
            [("ผ่าน", false, 2), (null, true, 1)],
            tak.Ratings.Select(r => (r.Rating, r.Undetermined, r.Count))
        );
        // The nation's tool mean beside the province's: IIT is the total less 5 here, (81 + 83.5 + 65 + 90) / 4 in the nation.
        Assert.Equal(
            [("IIT", 3, 76.50m, (decimal?)79.88m)],
            tak.Tools.Select(t => (t.Tool, t.Count, t.Mean, t.NationalMean))
        );
        Assert.Equal(
            ("I4", 53.33m, 3),
            (tak.WeakestItems[0].Code, tak.WeakestItems[0].Mean, tak.WeakestItems[0].Count)
        );
        Assert.NotNull(tak.Movement);
        Assert.Equal(
            (2567, 2, 1, 0.5m, 85.00m, 2, 1, 1, 0),
            (
                tak.Movement.PreviousFiscalYear,
                tak.Movement.PreviousCount,
                tak.Movement.PreviousPassed,
                tak.Movement.PreviousPassRate,
                tak.Movement.PreviousMeanTotal,
                tak.Movement.Compared,
                tak.Movement.Improved,
                tak.Movement.Declined,
                tak.Movement.Unchanged
            )
        );
    }

    [Fact]
    public async Task National_admins_see_the_nation_and_any_province_and_nobody_else_sees_an_overview()
    {
        await using var app = await SeededAppAsync();
        using var admin = await app.CreateReadyClientAsync();

        var nation = await admin.GetFromJsonAsync<AreaOverview>("/api/statistics/2568/overview", Json);
        var nan = await admin.GetFromJsonAsync<AreaOverview>("/api/statistics/2568/overview?province=น่าน", Json);
        using var overseer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"));
        using var otherProvince = await overseer.GetAsync("/api/statistics/2568/overview?province=น่าน");
        using var officer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.Officer, "6630001"));
        using var officerAsks = await officer.GetAsync("/api/statistics/2568/overview");
        using var noYear = await admin.GetAsync("/api/statistics/2560/overview");

        Assert.NotNull(nation);
        Assert.Equal((null, 4, 3), (nation.Province, nation.Count, nation.Passed));
        Assert.Equal(nation.MeanTotal, nation.NationalMeanTotal);
        Assert.All(nation.Tools, t => Assert.Equal(t.Mean, t.NationalMean));
        Assert.NotNull(nan);
        Assert.Equal(("น่าน", 1), (nan.Province, nan.Count));
        Assert.Null(nan.Movement);
        Assert.Equal(HttpStatusCode.Forbidden, otherProvince.StatusCode);
        Assert.Contains("ตาก", await otherProvince.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, officerAsks.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, noYear.StatusCode);
    }

    [Fact]
    public async Task The_years_are_those_the_caller_may_read_newest_first()
    {
        await using var app = await SeededAppAsync();
        using var admin = await app.CreateReadyClientAsync();
        using var tak = app.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"));
        using var nan = app.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "น่าน"));
        using var officer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.Officer, "6630003"));

        Assert.Equal([2568, 2567], await admin.GetFromJsonAsync<List<int>>("/api/statistics/years", Json));
        Assert.Equal([2568, 2567], await tak.GetFromJsonAsync<List<int>>("/api/statistics/years", Json));
        // น่าน and 6630003 have no result of 2567.
        Assert.Equal([2568], await nan.GetFromJsonAsync<List<int>>("/api/statistics/years", Json));
        Assert.Equal([2568], await officer.GetFromJsonAsync<List<int>>("/api/statistics/years", Json));
    }

    [Fact]
    public async Task The_district_filter_lists_a_provinces_districts_to_its_overseer_and_finds_their_organisations()
    {
        await using var app = await SeededAppAsync();
        using var admin = await app.CreateReadyClientAsync();
        using var overseer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"));
        using var officer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.Officer, "6630001"));

        var takDistricts = await overseer.GetFromJsonAsync<List<DistrictCount>>("/api/statistics/2568/districts", Json);
        var nationDistricts = await admin.GetFromJsonAsync<List<DistrictCount>>("/api/statistics/2568/districts", Json);
        using var otherProvince = await overseer.GetAsync("/api/statistics/2568/districts?province=น่าน");
        using var officerAsks = await officer.GetAsync("/api/statistics/2568/districts");

        // In Thai dictionary order (แม่สอด under ม before อุ้มผาง under อ; by code point แ would come last), province by province.
        Assert.Equal([new DistrictCount("ตาก", "แม่สอด", 1), new DistrictCount("ตาก", "อุ้มผาง", 2)], takDistricts);
        Assert.Equal(
            [("ตาก", "แม่สอด"), ("ตาก", "อุ้มผาง"), ("น่าน", "เมืองน่าน")],
            nationDistricts!.Select(d => (d.Province, d.District))
        );
        Assert.Equal(HttpStatusCode.Forbidden, otherProvince.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, officerAsks.StatusCode);

        // The analyses list filtered by district, as the organisations table asks for it; an overseer's stays in its province.
        var umphang = await overseer.GetFromJsonAsync<JsonElement>(
            "/api/analyses?year=2568&district=อุ้มผาง&sort=district",
            Json
        );
        Assert.Equal(
            ["6630001", "6630003"],
            umphang.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("organisationCode").GetString())
        );
        Assert.All(umphang.GetProperty("items").EnumerateArray(), r =>
            Assert.Equal("อุ้มผาง", r.GetProperty("district").GetString())
        );
        var nanAsOverseer = await overseer.GetFromJsonAsync<JsonElement>(
            "/api/analyses?year=2568&district=เมืองน่าน",
            Json
        );
        Assert.Equal(0, nanAsOverseer.GetProperty("totalCount").GetInt32());
        using var searched = await admin.PostAsJsonAsync(
            "/api/analyses/search",
            new
            {
                year = 2568,
                province = "ตาก",
                district = "แม่สอด",
            }
        );
        var maeSot = await searched.Content.ReadFromJsonAsync<JsonElement>(Json);
        Assert.Equal(
            ["6630002"],
            maeSot.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("organisationCode").GetString())
        );
    }

    private async Task<AnalysisApp> SeededAppAsync()
    {
        var app = new AnalysisApp(rabbit.Broker);
        try
        {
            using var client = await app.CreateReadyClientAsync();
            await app.WriteAsync(async db =>
            {
                db.Analyses.AddRange(Rows.Select(Copy));
                await db.SaveChangesAsync();
            });
            // The aggregates are made from the stored analyses, as operators do after a restore.
            using var rebuilt = await client.PostAsync("/api/statistics/rebuild", null);
            rebuilt.EnsureSuccessStatusCode();
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static AnalysisRecord Copy(AnalysisRecord r) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationCode = r.OrganisationCode,
            OrganisationName = r.OrganisationName,
            Province = r.Province,
            District = r.District,
            OrganisationType = r.OrganisationType,
            FiscalYear = r.FiscalYear,
            Revision = r.Revision,
            Total = r.Total,
            Rating = r.Rating,
            Passed = r.Passed,
            ResultJson = r.ResultJson,
            AnalysedAtUtc = r.AnalysedAtUtc,
        };

    private static AnalysisRecord Row(
        OrganisationInfo organisation,
        int year,
        decimal total,
        string? rating,
        decimal indicator4,
        decimal item4
    )
    {
        var analysed = new AssessmentAnalysed
        {
            AnalysisId = Guid.NewGuid(),
            Organisation = organisation,
            FiscalYear = year,
            Revision = 1,
            Total = total,
            Rating = rating,
            Passed = total >= 85m,
            PassMark = 85m,
            Tools = [new ToolScore { Tool = "IIT", Score = total - 5m }],
            Indicators =
            [
                new IndicatorResult
                {
                    Indicator = 4,
                    Name = "การใช้ทรัพย์สินของราชการ",
                    Tool = "IIT",
                    Score = indicator4,
                    Weak = indicator4 < 85m,
                },
            ],
            Items =
            [
                new ItemResult
                {
                    Code = "I4",
                    Label = "ข้อ ๔",
                    Indicator = 4,
                    Score = item4,
                    Classification = FindingClass.Urgent,
                    Reason = "",
                },
                new ItemResult
                {
                    Code = "I5",
                    Label = "ข้อ ๕",
                    Indicator = 4,
                    Score = 99m,
                    Classification = FindingClass.Maintain,
                    Reason = "",
                },
            ],
            AnalysedAtUtc = At,
        };
        return new AnalysisRecord
        {
            Id = analysed.AnalysisId,
            OrganisationCode = organisation.Code,
            OrganisationName = organisation.Name,
            Province = organisation.Province,
            District = organisation.District,
            OrganisationType = organisation.Type,
            FiscalYear = year,
            Revision = 1,
            Total = total,
            Rating = rating,
            Passed = analysed.Passed,
            ResultJson = JsonSerializer.Serialize(analysed, JsonSerializerOptions.Web),
            AnalysedAtUtc = At,
        };
    }
}
