using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace Ita.Micro.Contracts.Tests;

/// <summary>
/// docs/events.md is what integrations read to use the bus: every message has a section naming its exchange, and the
/// section's JSON example is the message's snapshot (MessageSnapshotTests), so the page cannot drift from the contracts.
/// </summary>
public partial class EventsDocumentTests
{
    [Fact]
    public void Every_message_is_documented_with_its_exchange_and_its_snapshot_as_the_example()
    {
        var page = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "events.md"));
        var sections = Section().Matches(page).ToDictionary(m => m.Groups["name"].Value, m => m.Groups["body"].Value);
        var snapshots = Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "Snapshots"), "*.json");
        Assert.NotEmpty(snapshots);

        foreach (var snapshot in snapshots)
        {
            var name = Path.GetFileNameWithoutExtension(snapshot);
            Assert.True(sections.TryGetValue(name, out var body), $"docs/events.md has no section ### `{name}`");
            Assert.Contains($"`Ita.Micro.Contracts:{name}`", body);
            var example = JsonBlock().Match(body);
            Assert.True(example.Success, $"the section of {name} has no ```json example");
            Assert.True(
                JsonNode.DeepEquals(
                    JsonNode.Parse(File.ReadAllText(snapshot)),
                    JsonNode.Parse(example.Groups["json"].Value)
                ),
                $"the example of {name} in docs/events.md is not its snapshot {snapshot}"
            );
        }
        Assert.Equal(snapshots.Select(Path.GetFileNameWithoutExtension).Order(), sections.Keys.Order());
    }

    private static string RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
            if (File.Exists(Path.Combine(folder.FullName, "Ita.Micro.sln")))
                return folder.FullName;
        throw new InvalidOperationException("Ita.Micro.sln not found above the test's folder.");
    }

    [GeneratedRegex(
        @"^### `(?<name>\w+)`(?<body>.*?)(?=^#{2,3} |\z)",
        RegexOptions.Multiline | RegexOptions.Singleline
    )]
    private static partial Regex Section();

    [GeneratedRegex(@"```json\n(?<json>.*?)\n```", RegexOptions.Singleline)]
    private static partial Regex JsonBlock();
}
