using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Micro.Contracts;

namespace Ita.Micro.ScoreIngestion.Tests.TestData;

/// <summary>The JSON body of POST /api/imports (the shape of docs/samples/mae-chan.json) for given rows.</summary>
public static class ImportJson
{
    public static string Of(params SubmittedAssessment[] assessments) =>
        JsonSerializer.Serialize(new { source = "test", assessments }, JsonSerializerOptions.Web);

    /// <summary>The rows as JSON after <paramref name="change"/> has edited it (to send what the contract types cannot hold).</summary>
    public static string Of(Action<JsonNode> change, params SubmittedAssessment[] assessments)
    {
        var node = JsonNode.Parse(Of(assessments))!;
        change(node);
        return node.ToJsonString();
    }

    public static MemoryStream Stream(string json) => new(Encoding.UTF8.GetBytes(json));
}
