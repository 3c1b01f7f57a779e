using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.Analysis.Tests.Api;

/// <summary>
/// The catalogue through HTTP as the portal's catalogue page uses it: everyone reads it, only national admins change
/// it, each change is a version with who and when, a change based on an old version is refused, and an earlier
/// version put back is one more version (nothing is lost).
/// </summary>
[Collection(AnalysisApiBrokerCollection.Name)]
public sealed class CatalogueAccessTests(RabbitMqFixture rabbit)
{
    private const string Id = "duty-service-steps-and-times";

    [Fact]
    public async Task Only_national_admins_change_the_catalogue_and_each_change_is_a_version_with_who_and_when()
    {
        await using var app = new AnalysisApp(rabbit.Broker);
        using var admin = await app.CreateReadyClientAsync();
        using var somchai = app.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.NationalAdmin, subject: "admin-somchai"));
        using var officer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.Officer, "6630801"));
        using var overseer = app.CreateClient().Authorize(TestTokens.For(ItaRoles.ProvinceOverseer, province: "ตาก"));

        var seed = (await officer.GetFromJsonAsync<JsonObject>("/api/catalogue"))!;
        var measure = seed["measures"]!.AsArray().Single(m => (string?)m!["id"] == Id)!.DeepClone().AsObject();
        measure["title"] = "ประกาศขั้นตอนและระยะเวลาการให้บริการ (ฉบับแก้ไข)";

        using var byOfficer = await officer.PutAsJsonAsync($"/api/catalogue/measures/{Id}?version=1", measure);
        using var byOverseer = await overseer.DeleteAsync($"/api/catalogue/measures/{Id}?version=1");
        Assert.Equal(HttpStatusCode.Forbidden, byOfficer.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, byOverseer.StatusCode);

        using var saved = await somchai.PutAsJsonAsync($"/api/catalogue/measures/{Id}?version=1&note=แก้ชื่อ", measure);
        Assert.Equal(HttpStatusCode.Created, saved.StatusCode);
        // Another admin still looking at version 1: refused, not silently undoing somchai's change.
        using var stale = await admin.DeleteAsync($"/api/catalogue/measures/{Id}?version=1");
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);

        // Version 1 put back as version 3: the edit stays readable as version 2.
        var first = (await admin.GetFromJsonAsync<JsonObject>("/api/catalogue/versions/1"))!;
        first["version"] = 2;
        using var restored = await admin.PutAsJsonAsync("/api/catalogue?note=คืนฉบับที่ 1", first);
        Assert.Equal(HttpStatusCode.Created, restored.StatusCode);

        var versions = (
            await officer.GetFromJsonAsync<List<CatalogueVersionSummary>>(
                "/api/catalogue/versions",
                JsonSerializerOptions.Web
            )
        )!;
        Assert.Equal(
            [(1, null), (2, "admin-somchai"), (3, "test-national-admin")],
            versions.Select(v => (v.Version, v.ChangedBy))
        );
        Assert.Equal(["แก้ชื่อ", "คืนฉบับที่ 1"], versions.Skip(1).Select(v => v.Note));
        Assert.All(versions.Skip(1), v => Assert.True(v.ChangedAtUtc > DateTime.UtcNow.AddMinutes(-5)));
        var second = (await officer.GetFromJsonAsync<JsonObject>("/api/catalogue/versions/2"))!;
        Assert.Equal(
            "ประกาศขั้นตอนและระยะเวลาการให้บริการ (ฉบับแก้ไข)",
            (string?)second["measures"]!.AsArray().Single(m => (string?)m!["id"] == Id)!["title"]
        );
        var current = (await officer.GetFromJsonAsync<JsonObject>("/api/catalogue"))!;
        Assert.Equal(3, (int)current["version"]!);
        Assert.NotEqual(
            (string?)measure["title"],
            (string?)current["measures"]!.AsArray().Single(m => (string?)m!["id"] == Id)!["title"]
        );
    }
}
