using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Data that arrives late or changes after the fact, through the gateway and the real broker: a previous year imported
/// after the next one was analysed, and an organisation renamed and moved after its documents were rendered.
/// </summary>
public sealed class LateDataEndToEndTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    [Fact]
    public async Task The_year_before_imported_late_re_analyses_the_year_after_as_one_new_revision_its_plan_and_document_follow()
    {
        const string code = "6630814";
        await Import("e2e-late-2568", Assessment(code, "เทศบาลตำบลทดสอบที่ 14", 2568, 84.62m));
        var first = await system.WaitForJsonAsync($"/api/analyses/{code}/2568");
        Assert.Equal(1, first.GetProperty("revision").GetInt32());
        Assert.Equal(JsonValueKind.Null, first.GetProperty("changeFromPreviousYear").ValueKind);
        await WaitForAsync(
            $"/api/plans/{code}/2569",
            plan => plan.GetProperty("analysisRevision").GetInt32() == 1,
            "no plan from revision 1"
        );
        var firstDocument = await system.WaitForRenderedDocumentAsync(code, 2568);
        Assert.Equal(1, firstDocument.GetProperty("version").GetInt32());

        // 2567 arrives after 2568: a published total only, no tool scores and no published rating.
        var late = Assessment(code, "เทศบาลตำบลทดสอบที่ 14", 2567, 97.90m);
        late["scores"] = new JsonObject { ["total"] = 97.90m };
        await Import("e2e-late-2567", late);

        var redone = await WaitForAsync(
            $"/api/analyses/{code}/2568",
            a => a.GetProperty("revision").GetInt32() == 2,
            "2568 not re-analysed"
        );
        Assert.Equal(1, redone.GetProperty("assessmentRevision").GetInt32());
        Assert.Equal(97.90m, redone.GetProperty("previousYearTotal").GetDecimal());
        Assert.Equal(-13.28m, redone.GetProperty("changeFromPreviousYear").GetDecimal());
        Assert.Equal(2567, redone.GetProperty("previousFiscalYear").GetInt32());
        Assert.Equal(first.GetProperty("total").GetDecimal(), redone.GetProperty("total").GetDecimal());

        // The late year's own rating: total only, so undetermined between the labels still possible.
        var of2567 = await system.WaitForJsonAsync($"/api/analyses/{code}/2567");
        Assert.Equal(JsonValueKind.Null, of2567.GetProperty("rating").ValueKind);
        var official = of2567.GetProperty("official");
        Assert.Equal("undetermined", official.GetProperty("source").GetString());
        Assert.Equal(
            ["ผ่านดีเยี่ยม", "ผ่านดี", "ผ่าน"],
            official.GetProperty("possibleLabels").EnumerateArray().Select(l => l.GetString())
        );
        Assert.True(of2567.GetProperty("passed").GetBoolean());

        var plan = await WaitForAsync(
            $"/api/plans/{code}/2569",
            p => p.GetProperty("analysisRevision").GetInt32() == 2,
            "the plan did not follow revision 2"
        );
        Assert.Equal(redone.GetProperty("analysisId").GetGuid(), plan.GetProperty("analysisId").GetGuid());
        Assert.Equal(
            redone.GetProperty("recommendedMeasures").EnumerateArray().Select(m => m.GetProperty("title").GetString()),
            plan.GetProperty("measures").EnumerateArray().Select(m => m.GetProperty("title").GetString())
        );

        List<JsonElement> documents = [];
        await system.WaitForAsync(
            async () =>
            {
                documents =
                [
                    .. (
                        await system.Gateway.GetFromJsonAsync<JsonElement>(
                            $"/api/documents/?organisationCode={code}&fiscalYear=2568"
                        )
                    ).EnumerateArray(),
                ];
                return documents.Any(d =>
                    d.GetProperty("version").GetInt32() == 2 && d.GetProperty("status").GetString() == "Rendered"
                );
            },
            SystemFixture.Patience,
            "no second version of the 2568 document"
        );
        Assert.Equal([1, 2], documents.Select(d => d.GetProperty("version").GetInt32()).Order());
        Assert.Contains(documents, d =>
            d.GetProperty("id").GetGuid() == firstDocument.GetProperty("id").GetGuid()
            && d.GetProperty("dataHash").GetString() == firstDocument.GetProperty("dataHash").GetString()
        );
        var second = documents.Single(d => d.GetProperty("version").GetInt32() == 2);
        var text = await PdfText.Of(
            await system.Gateway.GetByteArrayAsync(second.GetProperty("contentPath").GetString())
        );
        Assert.Contains("๑๓.๒๘", text);

        // Still one re-analysis, however long one waits: the plan and the document followed revision 2 and nothing after it.
        var again = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/analyses/{code}/2568");
        Assert.Equal(2, again.GetProperty("revision").GetInt32());
    }

    [Fact]
    public async Task A_renamed_and_moved_organisation_is_listed_counted_planned_and_newly_documented_as_it_is_now_and_old_documents_stay()
    {
        const string code = "6630815";
        await Import("e2e-rename-1", Assessment(code, "เทศบาลตำบลทดสอบที่ 15", 2568, 84.62m));
        await system.WaitForJsonAsync($"/api/plans/{code}/2569");
        var before = await system.WaitForRenderedDocumentAsync(code, 2568);
        Assert.Equal("เทศบาลตำบลทดสอบที่ 15", before.GetProperty("organisationName").GetString());

        var renamed = await system.Gateway.PostAsync(
            "/api/organisations",
            new StringContent(
                "code,name,type,province,district\n6630815,เทศบาลเมืองทดสอบที่ 15,เทศบาลเมือง,เชียงราย,แม่สาย\n",
                Encoding.UTF8,
                "text/csv"
            )
        );
        Assert.True(renamed.IsSuccessStatusCode, await renamed.Content.ReadAsStringAsync());

        var listed = await WaitForAsync(
            $"/api/analyses?province={Uri.EscapeDataString("เชียงราย")}&year=2568",
            page =>
                page.GetProperty("items")
                    .EnumerateArray()
                    .Any(i => i.GetProperty("organisationCode").GetString() == code),
            "the renamed organisation is not listed under its new province"
        );
        var row = listed
            .GetProperty("items")
            .EnumerateArray()
            .Single(i => i.GetProperty("organisationCode").GetString() == code);
        Assert.Equal(
            ("เทศบาลเมืองทดสอบที่ 15", "เทศบาลเมือง"),
            (row.GetProperty("organisationName").GetString(), row.GetProperty("organisationType").GetString())
        );
        var statistics = await system.Gateway.GetFromJsonAsync<JsonElement>("/api/statistics/2568");
        var group = Assert.Single(statistics.GetProperty("provinces").EnumerateArray(), p =>
            p.GetProperty("name").GetString() == "เชียงราย"
        );
        Assert.Equal(1, group.GetProperty("count").GetInt32());
        Assert.Contains(statistics.GetProperty("types").EnumerateArray(), t =>
            t.GetProperty("name").GetString() == "เทศบาลเมือง"
        );
        await WaitForAsync(
            $"/api/plans/{code}/2569",
            p =>
                p.GetProperty("organisationName").GetString() == "เทศบาลเมืองทดสอบที่ 15"
                && p.GetProperty("province").GetString() == "เชียงราย",
            "the plan kept the old name"
        );

        // A new revision makes a new document, which names the organisation as it is now; the old one stays as it was.
        await Import("e2e-rename-2", Assessment(code, "เทศบาลตำบลทดสอบที่ 15", 2568, 86.00m));
        List<JsonElement> documents = [];
        await system.WaitForAsync(
            async () =>
            {
                documents =
                [
                    .. (
                        await system.Gateway.GetFromJsonAsync<JsonElement>(
                            $"/api/documents/?organisationCode={code}&fiscalYear=2568"
                        )
                    ).EnumerateArray(),
                ];
                return documents.Any(d =>
                    d.GetProperty("version").GetInt32() == 2 && d.GetProperty("status").GetString() == "Rendered"
                );
            },
            SystemFixture.Patience,
            "no new document after the rename"
        );
        var newer = documents.Single(d => d.GetProperty("version").GetInt32() == 2);
        var older = documents.Single(d => d.GetProperty("version").GetInt32() == 1);
        Assert.Equal("เทศบาลตำบลทดสอบที่ 15", older.GetProperty("organisationName").GetString());
        Assert.Equal(before.GetProperty("dataHash").GetString(), older.GetProperty("dataHash").GetString());
        var newText = await PdfText.Of(
            await system.Gateway.GetByteArrayAsync(newer.GetProperty("contentPath").GetString())
        );
        Assert.Contains("เทศบาลเมืองทดสอบที่ 15", newText);
        Assert.Contains("จังหวัดเชียงราย", newText);
        var oldText = await PdfText.Of(
            await system.Gateway.GetByteArrayAsync(older.GetProperty("contentPath").GetString())
        );
        Assert.Contains("เทศบาลตำบลทดสอบที่ 15", oldText);
        Assert.DoesNotContain("เชียงราย", oldText);
    }

    [Fact]
    public async Task Rebuilding_the_statistics_twice_as_an_operator_gives_the_same_figures_and_others_may_not()
    {
        await Import("e2e-rebuild", Assessment("6630816", "เทศบาลตำบลทดสอบที่ 16", 2568, 91.00m));
        await system.WaitForJsonAsync("/api/analyses/6630816/2568/peers");
        var before = await system.Gateway.GetStringAsync("/api/statistics/2568");

        var once = await system.Gateway.PostAsync("/api/statistics/rebuild?year=2568", null);
        var twice = await system.Gateway.PostAsync("/api/statistics/rebuild?year=2568", null);

        Assert.Equal(HttpStatusCode.OK, once.StatusCode);
        Assert.Equal(HttpStatusCode.OK, twice.StatusCode);
        Assert.Equal(before, await system.Gateway.GetStringAsync("/api/statistics/2568"));
        using var officer = system.CreateGatewayClient(
            Ita.Micro.Testing.TestTokens.For(Ita.Micro.ServiceDefaults.Security.ItaRoles.Officer, "6630816")
        );
        Assert.Equal(
            HttpStatusCode.Forbidden,
            (await officer.PostAsync("/api/statistics/rebuild?year=2568", null)).StatusCode
        );
    }

    private static JsonObject Assessment(string code, string name, int fiscalYear, decimal total)
    {
        var indicators = new JsonArray();
        for (var i = 1; i <= 10; i++)
            indicators.Add(
                new JsonObject { ["indicator"] = i, ["score"] = i == 4 ? total - 10m : Math.Min(100m, total + 1m) }
            );
        return new JsonObject
        {
            ["organisation"] = new JsonObject
            {
                ["code"] = code,
                ["name"] = name,
                ["type"] = "เทศบาลตำบล",
                ["province"] = "ตาก",
            },
            ["fiscalYear"] = fiscalYear,
            ["scores"] = new JsonObject { ["total"] = total, ["indicators"] = indicators },
        };
    }

    private async Task Import(string source, JsonObject assessment)
    {
        var body = new JsonObject { ["source"] = source, ["assessments"] = new JsonArray(assessment) };
        var response = await system.Gateway.PostAsync(
            "/api/imports",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")
        );
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location ?? throw new InvalidOperationException("202 without Location");
        var import = await WaitForAsync(
            location.PathAndQuery,
            i => i.GetProperty("status").GetString() is "Completed" or "Failed",
            $"import {location} not processed"
        );
        Assert.True(import.GetProperty("recorded").GetInt32() == 1, import.ToString());
    }

    /// <summary>The JSON at a gateway path once it answers with success and <paramref name="condition"/> holds.</summary>
    private async Task<JsonElement> WaitForAsync(string path, Func<JsonElement, bool> condition, string what)
    {
        JsonElement found = default;
        await system.WaitForAsync(
            async () =>
            {
                var response = await system.Gateway.GetAsync(path);
                if (!response.IsSuccessStatusCode)
                    return false;
                found = await response.Content.ReadFromJsonAsync<JsonElement>();
                return condition(found);
            },
            SystemFixture.Patience,
            what
        );
        return found;
    }
}
