using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Three organisations the security tests look at: one of the callers' own (ตาก), a neighbour in the same province,
/// one far away (เชียงใหม่), each with an analysed FY 2568 assessment, its FY 2569 plan (with at least one measure)
/// and its rendered analysis document; loaded once per system, as a national admin.
/// </summary>
public static class SecurityData
{
    public const string Own = "6630815";
    public const string Neighbour = "6630816";
    public const string Far = "5010099";
    public const string Tak = "ตาก";
    public const string ChiangMai = "เชียงใหม่";
    public const string FarRegistryCsv =
        "code,name,type,province,district\n5010099,เทศบาลตำบลทดสอบไกล,เทศบาลตำบล,เชียงใหม่,ฝาง\n";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<SystemFixture, SecuritySeed> Seeds = [];

    /// <summary>The data, loaded on first use; returns the ids of what it loaded.</summary>
    public static async Task<SecuritySeed> EnsureAsync(SystemFixture system)
    {
        await Gate.WaitAsync();
        try
        {
            if (Seeds.TryGetValue(system, out var known))
                return known;
            using (
                var registered = await system.Gateway.PostAsync(
                    "/api/organisations",
                    new StringContent(FarRegistryCsv, Encoding.UTF8, "text/csv")
                )
            )
                Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());

            using var accepted = await system.Gateway.PostAsync(
                "/api/imports",
                new StringContent(ImportBody(), Encoding.UTF8, "application/json")
            );
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
            var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            var (plans, measures, documents) = (
                new Dictionary<string, string>(),
                new Dictionary<string, string>(),
                new Dictionary<string, string>()
            );
            foreach (var code in new[] { Own, Neighbour, Far })
            {
                await system.WaitForJsonAsync($"/api/analyses/{code}/2568/peers");
                var plan = await system.WaitForJsonAsync($"/api/plans/{code}/2569");
                plans[code] = plan.GetProperty("id").GetString()!;
                measures[code] = await MeasureOfAsync(system, plans[code], plan.GetProperty("measures"));
                documents[code] = (await system.WaitForRenderedDocumentAsync(code, 2568))
                    .GetProperty("id")
                    .GetString()!;
            }
            return Seeds[system] = new SecuritySeed(id, plans, measures, documents);
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The plan's first measure; a plan the analysis proposed nothing for gets one, so measure paths have one to name.</summary>
    private static async Task<string> MeasureOfAsync(SystemFixture system, string planId, JsonElement measures)
    {
        if (measures.GetArrayLength() > 0)
            return measures[0].GetProperty("id").GetString()!;
        var measure = new JsonObject
        {
            ["title"] = "ทบทวนการเปิดเผยข้อมูลสาธารณะ",
            ["indicators"] = new JsonArray(9),
            ["finding"] = "ทดสอบสิทธิ์การเข้าถึง",
            ["responsibleUnits"] = new JsonArray("สำนักปลัด"),
            ["period"] = new JsonObject { ["fromQuarter"] = 1, ["toQuarter"] = 4 },
        };
        using var created = await system.Gateway.PostAsync(
            $"/api/plans/{planId}/measures",
            new StringContent(measure.ToJsonString(), Encoding.UTF8, "application/json")
        );
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
    }

    /// <summary>The import the data came from, as JSON (posting it again records nothing new).</summary>
    public static string ImportBody()
    {
        var assessments = new JsonArray();
        foreach (
            var (code, name, province, district, total) in new[]
            {
                (Own, "เทศบาลตำบลทดสอบที่ 15", Tak, "อุ้มผาง", 81.25m),
                (Neighbour, "เทศบาลตำบลทดสอบที่ 16", Tak, "อุ้มผาง", 77.5m),
                (Far, "เทศบาลตำบลทดสอบไกล", ChiangMai, "ฝาง", 92.75m),
            }
        )
        {
            var indicators = new JsonArray();
            for (var i = 1; i <= 10; i++)
                indicators.Add(new JsonObject { ["indicator"] = i, ["score"] = total });
            assessments.Add(
                new JsonObject
                {
                    ["organisation"] = new JsonObject
                    {
                        ["code"] = code,
                        ["name"] = name,
                        ["type"] = "เทศบาลตำบล",
                        ["province"] = province,
                        ["district"] = district,
                    },
                    ["fiscalYear"] = 2568,
                    ["scores"] = new JsonObject
                    {
                        ["total"] = total,
                        ["tools"] = new JsonArray(
                            new JsonObject { ["tool"] = "IIT", ["score"] = total },
                            new JsonObject { ["tool"] = "EIT", ["score"] = total },
                            new JsonObject { ["tool"] = "OIT", ["score"] = total }
                        ),
                        ["indicators"] = indicators,
                    },
                }
            );
        }
        return new JsonObject { ["source"] = "security tests", ["assessments"] = assessments }.ToJsonString();
    }
}
