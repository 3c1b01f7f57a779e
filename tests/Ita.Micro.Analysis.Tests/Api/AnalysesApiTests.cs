using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using Ita.Micro.Analysis.Apis;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Contracts;
using Microsoft.AspNetCore.Mvc;

namespace Ita.Micro.Analysis.Tests.Api;

/// <summary>
/// GET /api/analyses/{org}/trend and GET /api/analyses?…, with the service hosted as it runs and rows written
/// straight to its database: several years, several revisions, two rating schemes.
/// </summary>
[Collection(AnalysisApiBrokerCollection.Name)]
public sealed class AnalysesApiTests(RabbitMqFixture rabbit)
{
    private static readonly DateTime At = new(2025, 11, 22, 4, 0, 0, DateTimeKind.Utc);

    /// <summary>As the service writes HTTP responses: web defaults with enums by name.</summary>
    private static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    private static readonly OrganisationInfo MaeChan = Organisations.MaeChan;
    private static readonly OrganisationInfo Nan = new()
    {
        Code = "5500101",
        Name = "องค์การบริหารส่วนตำบลน่าน",
        Type = "องค์การบริหารส่วนตำบล",
        Province = "น่าน",
        District = "เมืองน่าน",
    };
    private static readonly OrganisationInfo Tak = new()
    {
        Code = "6630802",
        Name = "องค์การบริหารส่วนตำบลแม่จัน",
        Type = "องค์การบริหารส่วนตำบล",
        Province = "ตาก",
        District = "อุ้มผาง",
    };

    // อำนาจเจริญ stored with sara am as one character (U+0E33).
    private static readonly OrganisationInfo AmnatCharoen = new()
    {
        Code = "3700101",
        Name = "เทศบาลเมืองอำนาจเจริญ",
        Type = "เทศบาลเมือง",
        Province = "อำนาจเจริญ",
        District = "เมืองอำนาจเจริญ",
    };

    /// <summary>
    /// Mae Chan: 2564 B and 2565 A (AA-F scheme), 2566 ผ่าน, no 2567, 2568 ผ่าน, 2569 ผ่านดี; 2565 and 2568 have two
    /// revisions whose first would change the flags if it were read. Nan's 2568 was corrected from ต้องปรับปรุง to ผ่าน.
    /// </summary>
    private static readonly AnalysisRecord[] Rows =
    [
        Row(MaeChan, 2564, 1, 80.00m, "B", 70m),
        Row(MaeChan, 2565, 1, 80.00m, "B", 75m),
        Row(MaeChan, 2565, 2, 88.00m, "A", 80m),
        Row(MaeChan, 2566, 1, 86.00m, "ผ่าน", 81m),
        Row(MaeChan, 2568, 1, 70.00m, "ต้องปรับปรุง", 60m),
        Row(MaeChan, 2568, 2, 85.71m, "ผ่าน", 72.30m),
        Row(MaeChan, 2569, 1, 90.00m, "ผ่านดี", 85m),
        Row(Nan, 2568, 1, 80.00m, "ต้องปรับปรุง", 70m),
        Row(Nan, 2568, 2, 86.00m, "ผ่าน", 75m),
        Row(Tak, 2568, 1, 87.00m, "ผ่าน", 76m),
        Row(AmnatCharoen, 2568, 1, 91.00m, "ผ่านดี", 90m),
    ];

    // Trend.

    [Fact]
    public async Task The_trend_lists_every_year_held_oldest_first_latest_revision_with_the_years_the_rating_changed()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        var trend = await client.GetFromJsonAsync<AnalysisTrend>($"/api/analyses/{MaeChan.Code}/trend", Json);

        Assert.NotNull(trend);
        Assert.Equal(
            (MaeChan.Code, MaeChan.Name, "ตาก"),
            (trend.OrganisationCode, trend.OrganisationName, trend.Province)
        );
        Assert.Equal(
            [
                (2564, 1, 80.00m, "B", "AA-F", (int?)null, (decimal?)null, false, false),
                (2565, 2, 88.00m, "A", "AA-F", 2564, 8.00m, true, false),
                (2566, 1, 86.00m, "ผ่าน", "pass", 2565, -2.00m, true, true),
                (2568, 2, 85.71m, "ผ่าน", "pass", 2566, -0.29m, false, false),
                (2569, 1, 90.00m, "ผ่านดี", "pass", 2568, 4.29m, true, false),
            ],
            trend.Years.Select(y =>
                (
                    y.FiscalYear,
                    y.Revision,
                    y.Total,
                    y.Rating,
                    y.RatingScheme,
                    y.PreviousFiscalYear,
                    y.ChangeFromPrevious,
                    y.RatingChanged,
                    y.RatingSchemeChanged
                )
            )
        );
        Assert.Equal([2565, 2566, 2569], trend.RatingChangedIn);

        var schemeChange = trend.Years.Single(y => y.FiscalYear == 2566);
        Assert.NotNull(schemeChange.Note);
        Assert.Contains("AA-F", schemeChange.Note, StringComparison.Ordinal);
        Assert.Contains("pass", schemeChange.Note, StringComparison.Ordinal);
        Assert.All(trend.Years.Where(y => !y.RatingSchemeChanged), y => Assert.Null(y.Note));

        // Indicator scores of the latest revision, with the change from the previous year held.
        var y2568 = trend.Years.Single(y => y.FiscalYear == 2568);
        var four = y2568.Indicators.Single(i => i.Indicator == 4);
        Assert.Equal((72.30m, -8.70m), (four.Score, four.Change));
        Assert.Null(trend.Years[0].Indicators.Single(i => i.Indicator == 4).Change);
        Assert.Equal([new ToolScore { Tool = "IIT", Score = 85.71m }], y2568.Tools);
    }

    [Fact]
    public async Task The_trend_of_an_organisation_without_analyses_is_not_found_and_a_year_still_reads_its_latest_revision()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        using var missing = await client.GetAsync("/api/analyses/9999999/trend");
        var year = await client.GetFromJsonAsync<AssessmentAnalysed>($"/api/analyses/{MaeChan.Code}/2565", Json);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.NotNull(year);
        Assert.Equal((2565, 2, "A"), (year.FiscalYear, year.Revision, year.Rating));
    }

    // List.

    [Fact]
    public async Task The_list_filters_by_province_type_year_and_rating_on_latest_revisions_only()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        var tak2568 = await PageAsync(client, "?province=ตาก&year=2568");
        var subdistricts = await PageAsync(client, "?type=องค์การบริหารส่วนตำบล");
        var passed2568 = await PageAsync(client, "?rating=ผ่าน&year=2568");
        var needsImprovement = await PageAsync(client, "?rating=ต้องปรับปรุง");

        Assert.Equal([(MaeChan.Code, 2568, 2), (Tak.Code, 2568, 1)], Keys(tak2568));
        Assert.Equal(2, tak2568.TotalCount);
        Assert.Equal([(Nan.Code, 2568, 2), (Tak.Code, 2568, 1)], Keys(subdistricts));
        var nan = subdistricts.Items[0];
        Assert.Equal(
            ("องค์การบริหารส่วนตำบลน่าน", "น่าน", "องค์การบริหารส่วนตำบล", 86.00m, "ผ่าน", true),
            (nan.OrganisationName, nan.Province, nan.OrganisationType, nan.Total, nan.Rating, nan.Passed)
        );
        Assert.Equal([(Nan.Code, 2568, 2), (MaeChan.Code, 2568, 2), (Tak.Code, 2568, 1)], Keys(passed2568));
        // Only superseded revisions were rated ต้องปรับปรุง.
        Assert.Empty(needsImprovement.Items);
        Assert.Equal(0, needsImprovement.TotalCount);
    }

    [Fact]
    public async Task Thai_filters_match_whatever_the_spacing_the_province_prefix_or_the_spelling_of_sara_am()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        var prefixed = await PageAsync(client, "?province=" + Uri.EscapeDataString("  จังหวัดตาก ") + "&year=2568");
        var decomposed = await PageAsync(client, "?province=" + Uri.EscapeDataString("อ\u0E4D\u0E32นาจเจริญ"));
        var partial = await PageAsync(client, "?province=" + Uri.EscapeDataString("ตา"));

        Assert.Equal([(MaeChan.Code, 2568, 2), (Tak.Code, 2568, 1)], Keys(prefixed));
        Assert.Equal([(AmnatCharoen.Code, 2568, 1)], Keys(decomposed));
        // Exact, not "starts with".
        Assert.Empty(partial.Items);
    }

    [Fact]
    public async Task The_list_pages_newest_year_first_with_the_total_count()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        var first = await PageAsync(client, "?pageSize=3");
        var third = await PageAsync(client, "?pageSize=3&page=3");
        var beyond = await PageAsync(client, "?pageSize=3&page=4");
        var largest = await PageAsync(client, "?pageSize=200");
        var defaults = await PageAsync(client, "");

        // 5 years of Mae Chan + Nan + Tak + Amnat Charoen, latest revisions only.
        Assert.Equal((1, 3, 8), (first.Page, first.PageSize, first.TotalCount));
        Assert.Equal([(MaeChan.Code, 2569, 1), (AmnatCharoen.Code, 2568, 1), (Nan.Code, 2568, 2)], Keys(first));
        Assert.Equal([(MaeChan.Code, 2565, 2), (MaeChan.Code, 2564, 1)], Keys(third));
        Assert.Equal((4, 8), (beyond.Page, beyond.TotalCount));
        Assert.Empty(beyond.Items);
        Assert.Equal(8, largest.Items.Count);
        Assert.Equal((1, AnalysesApi.DefaultPageSize, 8), (defaults.Page, defaults.PageSize, defaults.Items.Count));
    }

    [Theory]
    [InlineData("?page=0", "page")]
    [InlineData("?page=-1", "page")]
    [InlineData("?pageSize=0", "pageSize")]
    [InlineData("?pageSize=201", "pageSize")]
    public async Task Bad_paging_is_a_400_problem_naming_the_field(string query, string field)
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        using var response = await client.GetAsync("/api/analyses" + query);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ValidationProblemDetails>(Json);
        Assert.NotNull(problem);
        Assert.Equal(400, problem.Status);
        Assert.Equal([field], problem.Errors.Keys);
    }

    [Fact]
    public async Task The_list_sorts_by_a_column_and_filters_by_score_range_and_codes()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();

        var byTotal = await PageAsync(client, "?year=2568&sort=total&descending=true");
        var range = await PageAsync(client, "?year=2568&minTotal=86&maxTotal=90");
        var codes = await PageAsync(client, $"?year=2568&organisationCodes={Nan.Code},{AmnatCharoen.Code}");
        var lowest = await PageAsync(client, "?sort=total&pageSize=1");
        using var badSort = await client.GetAsync("/api/analyses?sort=colour");

        Assert.Equal(
            [AmnatCharoen.Code, Tak.Code, Nan.Code, MaeChan.Code],
            byTotal.Items.Select(i => i.OrganisationCode)
        );
        Assert.Equal([(Nan.Code, 86.00m), (Tak.Code, 87.00m)], range.Items.Select(i => (i.OrganisationCode, i.Total)));
        Assert.Equal([AmnatCharoen.Code, Nan.Code], codes.Items.Select(i => i.OrganisationCode));
        Assert.Equal(
            (MaeChan.Code, 2564, 80.00m),
            (lowest.Items[0].OrganisationCode, lowest.Items[0].FiscalYear, lowest.Items[0].Total)
        );
        Assert.Equal(HttpStatusCode.BadRequest, badSort.StatusCode);
        Assert.Contains("sort", await badSort.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_body_takes_a_long_list_of_codes_to_keep_or_to_leave_out()
    {
        await using var app = await SeededAppAsync();
        using var client = await app.CreateReadyClientAsync();
        var many = Enumerable
            .Range(0, 5000)
            .Select(i => (6_000_000 + i).ToString(System.Globalization.CultureInfo.InvariantCulture))
            .ToList();

        var only = await SearchAsync(
            client,
            new AnalysisQuery
            {
                Year = 2568,
                OrganisationCodes = [.. many, Nan.Code, Tak.Code],
                Sort = "total",
                Descending = true,
            }
        );
        var allBut = await SearchAsync(
            client,
            new AnalysisQuery
            {
                Year = 2568,
                OrganisationCodes = [.. many, Nan.Code, Tak.Code],
                ExcludeCodes = true,
            }
        );
        var none = await SearchAsync(client, new AnalysisQuery { Year = 2568, OrganisationCodes = [] });
        var everyone = await SearchAsync(
            client,
            new AnalysisQuery
            {
                Year = 2568,
                OrganisationCodes = [],
                ExcludeCodes = true,
            }
        );

        Assert.Equal([Tak.Code, Nan.Code], only.Items.Select(i => i.OrganisationCode));
        Assert.Equal([AmnatCharoen.Code, MaeChan.Code], allBut.Items.Select(i => i.OrganisationCode));
        Assert.Equal(0, none.TotalCount);
        Assert.Equal(4, everyone.TotalCount);
    }

    private static async Task<AnalysisPage> SearchAsync(HttpClient client, AnalysisQuery query)
    {
        using var response = await client.PostAsJsonAsync("/api/analyses/search", query, Json);
        Assert.True(
            response.IsSuccessStatusCode,
            $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return (await response.Content.ReadFromJsonAsync<AnalysisPage>(Json))!;
    }

    // Helpers.

    private async Task<AnalysisApp> SeededAppAsync()
    {
        var app = new AnalysisApp(rabbit.Broker);
        try
        {
            using var client = await app.CreateReadyClientAsync(); // the migrator has created the tables
            await app.WriteAsync(async db =>
            {
                db.Analyses.AddRange(Rows.Select(r => Copy(r)));
                await db.SaveChangesAsync();
            });
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    private static async Task<AnalysisPage> PageAsync(HttpClient client, string query)
    {
        using var response = await client.GetAsync("/api/analyses" + query);
        Assert.True(
            response.IsSuccessStatusCode,
            $"{query}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
        );
        return (await response.Content.ReadFromJsonAsync<AnalysisPage>(Json))!;
    }

    private static IEnumerable<(string, int, int)> Keys(AnalysisPage page) =>
        page.Items.Select(i => (i.OrganisationCode, i.FiscalYear, i.Revision));

    /// <summary>A fresh entity per app: EF tracks instances, and each test has its own database.</summary>
    private static AnalysisRecord Copy(AnalysisRecord r) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationCode = r.OrganisationCode,
            OrganisationName = r.OrganisationName,
            Province = r.Province,
            OrganisationType = r.OrganisationType,
            FiscalYear = r.FiscalYear,
            Revision = r.Revision,
            Total = r.Total,
            Rating = r.Rating,
            Passed = r.Passed,
            ResultJson = r.ResultJson,
            AnalysedAtUtc = r.AnalysedAtUtc,
        };

    /// <summary>A stored analysis as the consumer writes one: columns and the event as JSON agree.</summary>
    private static AnalysisRecord Row(
        OrganisationInfo organisation,
        int year,
        int revision,
        decimal total,
        string rating,
        decimal indicator4
    )
    {
        var analysed = new AssessmentAnalysed
        {
            AnalysisId = Guid.NewGuid(),
            Organisation = organisation,
            FiscalYear = year,
            Revision = revision,
            Total = total,
            Rating = rating,
            Passed = total >= 85m,
            PassMark = 85m,
            Tools = [new ToolScore { Tool = "IIT", Score = total }],
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
            AnalysedAtUtc = At,
        };
        return new AnalysisRecord
        {
            Id = analysed.AnalysisId,
            OrganisationCode = organisation.Code,
            OrganisationName = organisation.Name,
            Province = organisation.Province,
            OrganisationType = organisation.Type,
            FiscalYear = year,
            Revision = revision,
            Total = total,
            Rating = rating,
            Passed = analysed.Passed,
            ResultJson = JsonSerializer.Serialize(analysed, JsonSerializerOptions.Web),
            AnalysedAtUtc = At,
        };
    }
}
