using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Three organisations the security tests look at: one of the callers' own (ตาก), a neighbour in the same province,
/// one far away (เชียงใหม่), each with an analysed FY 2568 assessment; loaded once per system, as a national admin.
/// </summary>
public static class SecurityData
{
    public const string Own = "6630815";
    public const string Neighbour = "6630816";
    public const string Far = "5010099";
    public const string Tak = "ตาก";
    public const string ChiangMai = "เชียงใหม่";
    public const string FarRegistryCsv = "code,name,type,province,district\n5010099,เทศบาลตำบลทดสอบไกล,เทศบาลตำบล,เชียงใหม่,ฝาง\n";

    private static readonly SemaphoreSlim Gate = new(1, 1);
    private static readonly Dictionary<SystemFixture, string> Imports = [];

    /// <summary>The data, loaded on first use; returns the id of the import that loaded it.</summary>
    public static async Task<string> EnsureAsync(SystemFixture system)
    {
        await Gate.WaitAsync();
        try
        {
            if (Imports.TryGetValue(system, out var known)) return known;
            using (var registered = await system.Gateway.PostAsync("/api/organisations", new StringContent(FarRegistryCsv, Encoding.UTF8, "text/csv")))
                Assert.True(registered.IsSuccessStatusCode, await registered.Content.ReadAsStringAsync());

            using var accepted = await system.Gateway.PostAsync("/api/imports", new StringContent(ImportBody(), Encoding.UTF8, "application/json"));
            Assert.True(accepted.StatusCode == HttpStatusCode.Accepted, await accepted.Content.ReadAsStringAsync());
            var id = (await accepted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
            foreach (var code in new[] { Own, Neighbour, Far })
                await system.WaitForJsonAsync($"/api/analyses/{code}/2568/peers");
            Imports[system] = id;
            return id;
        }
        finally
        {
            Gate.Release();
        }
    }

    /// <summary>The import the data came from, as JSON (posting it again records nothing new).</summary>
    public static string ImportBody()
    {
        var assessments = new JsonArray();
        foreach (var (code, name, province, district, total) in new[]
                 {
                     (Own, "เทศบาลตำบลทดสอบที่ 15", Tak, "อุ้มผาง", 81.25m),
                     (Neighbour, "เทศบาลตำบลทดสอบที่ 16", Tak, "อุ้มผาง", 77.5m),
                     (Far, "เทศบาลตำบลทดสอบไกล", ChiangMai, "ฝาง", 92.75m),
                 })
        {
            var indicators = new JsonArray();
            for (var i = 1; i <= 10; i++) indicators.Add(new JsonObject { ["indicator"] = i, ["score"] = total });
            assessments.Add(new JsonObject
            {
                ["organisation"] = new JsonObject { ["code"] = code, ["name"] = name, ["type"] = "เทศบาลตำบล", ["province"] = province, ["district"] = district },
                ["fiscalYear"] = 2568,
                ["scores"] = new JsonObject
                {
                    ["total"] = total,
                    ["tools"] = new JsonArray(
                        new JsonObject { ["tool"] = "IIT", ["score"] = total },
                        new JsonObject { ["tool"] = "EIT", ["score"] = total },
                        new JsonObject { ["tool"] = "OIT", ["score"] = total }),
                    ["indicators"] = indicators,
                },
            });
        }
        return new JsonObject { ["source"] = "security tests", ["assessments"] = assessments }.ToJsonString();
    }
}
