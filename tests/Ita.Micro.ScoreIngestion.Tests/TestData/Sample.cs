using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace Ita.Micro.ScoreIngestion.Tests.TestData;

/// <summary>docs/samples/mae-chan.json, the documented shape of POST /api/imports, as JSON to send or change.</summary>
public static class Sample
{
    public const string OrganisationCode = "6630801";

    public static string Json => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "mae-chan.json"));

    /// <summary>docs/samples/organisations.csv: the registry entry the sample's rows refer to.</summary>
    public static string OrganisationsCsv =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "organisations.csv"));

    /// <summary>The sample after <paramref name="change"/> has edited it.</summary>
    public static string Changed(Action<JsonNode> change)
    {
        var node = JsonNode.Parse(Json)!;
        change(node);
        return node.ToJsonString();
    }

    public static StringContent Content(string json)
    {
        var content = new StringContent(json, Encoding.UTF8);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        return content;
    }
}
