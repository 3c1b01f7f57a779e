using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Micro.Testing;
using Microsoft.Data.Sqlite;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Issue #17's faults, injected into the running system mid-flow with small data: the broker lost (every connection
/// dropped and refused, then given back), a poison message, services killed with SIGKILL or stopped with SIGTERM and
/// restarted, and a service's database locked. After each, every organisation is analysed once, has one plan and one
/// analysis document (a whole PDF), and no error queue holds a message the test did not put there. Readiness must be
/// red while the broker is away. The tests share one system and use organisations of their own.
/// </summary>
public sealed class FaultEndToEndTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    private static readonly string[] ServiceNames =
    [
        "score-ingestion",
        "analysis",
        "measure-tracking",
        "document-rendering",
    ];

    [Fact]
    public async Task Broker_loss_a_poison_message_and_killed_services_lose_and_duplicate_nothing()
    {
        // 1. The broker goes away while the imported organisations are being analysed, planned and documented.
        string[] first = ["6630802", "6630803", "6630804", "6630805", "6630806"];
        await ImportAsync("e2e-fault-broker", first);
        await system.Link.CutAsync();
        foreach (var name in ServiceNames)
            await WaitForHealthAsync(name, HttpStatusCode.ServiceUnavailable);
        system.Link.Restore();
        foreach (var name in ServiceNames)
            await WaitForHealthAsync(name, HttpStatusCode.OK);
        await EachAnalysedPlannedAndDocumentedOnceAsync(first);

        // 2. A poison message: listed on the ops endpoint with its fault, discarded there, and the flow goes on.
        var poisonId = Guid.NewGuid().ToString();
        await system.Broker.PublishPoisonAsync("analysis-assessment-recorded", poisonId);
        using var analysisOps = ServiceClient("analysis");
        JsonElement listed = default;
        await system.WaitForAsync(
            async () =>
            {
                listed = (await analysisOps.GetFromJsonAsync<JsonElement>("/ops/errors/"))
                    .EnumerateArray()
                    .FirstOrDefault(m => m.GetProperty("messageId").GetString() == poisonId);
                return listed.ValueKind == JsonValueKind.Object;
            },
            SystemFixture.Patience,
            "the poison message not listed in analysis's error queue"
        );
        Assert.Equal("analysis-assessment-recorded", listed.GetProperty("queue").GetString());
        Assert.False(string.IsNullOrEmpty(listed.GetProperty("fault").GetString()));
        using (var discarded = await analysisOps.DeleteAsync($"/ops/errors/analysis-assessment-recorded/{poisonId}"))
            Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        using (
            var refused = await system
                .CreateGatewayClient(TestTokens.For("officer", "6630802"))
                .DeleteAsync(
                    new Uri(
                        system.Service("analysis").BaseAddress,
                        $"/ops/errors/analysis-assessment-recorded/{poisonId}"
                    )
                )
        )
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // 3. Services killed with SIGKILL mid-flow and started again.
        string[] third = ["6630807", "6630808", "6630809", "6630810", "6630811"];
        await ImportAsync("e2e-fault-kill", third);
        await system.KillAndRestartAsync("analysis");
        await system.WaitForJsonAsync($"/api/plans/{third[0]}/2569");
        await system.KillAndRestartAsync("document-rendering");
        await EachAnalysedPlannedAndDocumentedOnceAsync(third);
        await EachAnalysedPlannedAndDocumentedOnceAsync(first);

        // The poison message was discarded, and nothing else faulted.
        await NoErrorQueueHoldsAnythingAsync();
    }

    [Fact]
    public async Task Services_stopped_with_SIGTERM_during_work_finish_or_give_back_what_they_hold_and_write_nothing_half()
    {
        string[] codes = ["6630812", "6630813", "6630814", "6630815", "6630816"];
        await ImportAsync("e2e-fault-sigterm", codes, waitForImport: false);
        // Analysis is stopped as the import's assessments start to reach it.
        var (analysisExit, _) = await system.TerminateAndRestartAsync("analysis");
        Assert.Equal(0, analysisExit);

        // Document rendering is stopped as soon as it has recorded the first document of these organisations: the
        // others are being recorded, waiting to be printed or printing.
        await system.WaitForAsync(
            async () => (await DocumentsAsync(codes)).Count > 0,
            SystemFixture.Patience,
            "no analysis document of the SIGTERM organisations recorded"
        );
        var (renderingExit, renderingOutput) = await system.TerminateAndRestartAsync("document-rendering");
        Assert.True(
            renderingExit == 0,
            $"document-rendering exited with {renderingExit} after SIGTERM:\n{renderingOutput}"
        );
        Assert.Contains("Application is shutting down", renderingOutput, StringComparison.Ordinal);

        await EachAnalysedPlannedAndDocumentedOnceAsync(codes);
        // A PDF is written beside its final name and moved: no piece of one is left behind.
        var folder = Path.Combine(system.DataDirectory("document-rendering"), "documents");
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp"));
        await NoErrorQueueHoldsAnythingAsync();
    }

    [Fact]
    public async Task A_locked_database_holds_work_back_until_it_is_released_and_loses_nothing()
    {
        string[] codes = ["6630817", "6630818", "6630819", "6630820"];
        var analysis = system.Service("analysis");
        var lockedBefore = Occurrences(analysis.Output, DatabaseLocked);
        await using (
            var holder = new SqliteConnection(
                $"Data Source={Path.Combine(system.DataDirectory("analysis"), "analysis.db")};Pooling=False"
            )
        )
        {
            // Another process takes SQLite's write lock, as a backup or a stuck writer would; reads go on (WAL).
            await holder.OpenAsync();
            await using (var exclusive = holder.CreateCommand())
            {
                exclusive.CommandText = "BEGIN EXCLUSIVE;";
                await exclusive.ExecuteNonQueryAsync();
            }
            await ImportAsync("e2e-fault-locked", codes);

            // Held until an analysis has failed on the lock (past the busy timeout), so that retries are what complete it.
            await system.WaitForAsync(
                () => Task.FromResult(Occurrences(analysis.Output, DatabaseLocked) > lockedBefore),
                SystemFixture.Patience,
                "analysis never met the locked database"
            );
            // Reads need no write lock: the service stays ready and answers.
            using (var http = new HttpClient { BaseAddress = analysis.BaseAddress, Timeout = TimeSpan.FromSeconds(10) })
            using (var health = await http.GetAsync("/health"))
                Assert.True(health.StatusCode == HttpStatusCode.OK, await health.Content.ReadAsStringAsync());
            // Nothing of these organisations was written while the lock was held.
            using (var none = await system.Gateway.GetAsync($"/api/analyses/{codes[0]}/2568"))
                Assert.Equal(HttpStatusCode.NotFound, none.StatusCode);
            await using var rollback = holder.CreateCommand();
            rollback.CommandText = "ROLLBACK;";
            await rollback.ExecuteNonQueryAsync();
        }

        await EachAnalysedPlannedAndDocumentedOnceAsync(codes);
        await NoErrorQueueHoldsAnythingAsync();
    }

    private const string DatabaseLocked = "database is locked";

    private static int Occurrences(string text, string part)
    {
        var count = 0;
        for (
            var at = text.IndexOf(part, StringComparison.Ordinal);
            at >= 0;
            at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal)
        )
            count++;
        return count;
    }

    /// <summary>No error queue of any service holds a message: every poison message a test sent was discarded.</summary>
    private async Task NoErrorQueueHoldsAnythingAsync()
    {
        foreach (var name in ServiceNames)
        {
            using var ops = ServiceClient(name);
            var errors = await ops.GetFromJsonAsync<JsonElement>("/ops/errors/");
            Assert.True(errors.GetArrayLength() == 0, $"{name}'s error queues: {errors}");
        }
    }

    /// <summary>
    /// The analysis documents of <paramref name="codes"/> for 2568, as document rendering lists them now (asked
    /// directly: polled often, through the gateway it would meet the rate limit).
    /// </summary>
    private async Task<List<JsonElement>> DocumentsAsync(string[] codes)
    {
        var all = new List<JsonElement>();
        using var http = ServiceClient("document-rendering");
        foreach (var code in codes)
        {
            var documents = await http.GetFromJsonAsync<JsonElement>(
                $"/api/documents/?organisationCode={code}&fiscalYear=2568"
            );
            all.AddRange(documents.EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "Analysis"));
        }
        return all;
    }

    private async Task EachAnalysedPlannedAndDocumentedOnceAsync(string[] codes)
    {
        try
        {
            await EachOnceAsync(codes);
        }
        catch (Exception failure) when (failure is not OutOfMemoryException)
        {
            // What each service says of its queues (waiting messages, consumers, error queues) explains a stall.
            var health = new StringBuilder();
            foreach (var name in ServiceNames)
            {
                using var http = new HttpClient
                {
                    BaseAddress = system.Service(name).BaseAddress,
                    Timeout = TimeSpan.FromSeconds(10),
                };
                try
                {
                    health.AppendLine($"== {name} /health: {await http.GetStringAsync("/health")}");
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    health.AppendLine($"== {name} /health: {ex.Message}");
                }
            }
            throw new Xunit.Sdk.XunitException($"{health}\n{failure.Message}");
        }
    }

    private async Task EachOnceAsync(string[] codes)
    {
        foreach (var code in codes)
        {
            await system.WaitForRenderedDocumentAsync(code, 2568);
            var analysis = await system.WaitForJsonAsync($"/api/analyses/{code}/2568");
            Assert.Equal(1, analysis.GetProperty("revision").GetInt32());
            var plan = await system.WaitForJsonAsync($"/api/plans/{code}/2569");
            Assert.Equal(1, plan.GetProperty("analysisRevision").GetInt32());
            var analysisDocuments = await DocumentsAsync([code]);
            Assert.True(
                analysisDocuments.Count == 1,
                $"{code}: {analysisDocuments.Count} analysis documents: {string.Join(", ", analysisDocuments)}"
            );
            Assert.Equal(1, analysisDocuments[0].GetProperty("version").GetInt32());
            Assert.Equal("Rendered", analysisDocuments[0].GetProperty("status").GetString());
            // The whole file: a PDF ends with its end-of-file marker.
            var pdf = await system.Gateway.GetByteArrayAsync(
                $"/api/documents/{analysisDocuments[0].GetProperty("id").GetGuid()}/content"
            );
            Assert.True(WholePdf.Is(pdf), $"{code}: the analysis document is not a whole PDF ({pdf.Length} bytes)");
        }
    }

    /// <summary>Imports a 2568 assessment for each of <paramref name="codes"/>, by default waiting until the import has recorded them.</summary>
    private async Task ImportAsync(string source, string[] codes, bool waitForImport = true)
    {
        var assessments = new JsonArray();
        foreach (var code in codes)
        {
            var indicators = new JsonArray();
            for (var i = 1; i <= 10; i++)
                indicators.Add(new JsonObject { ["indicator"] = i, ["score"] = 80m + i });
            assessments.Add(
                new JsonObject
                {
                    ["organisation"] = new JsonObject
                    {
                        ["code"] = code,
                        ["name"] = $"เทศบาลตำบลทดสอบที่ {int.Parse(code[^2..])}",
                        ["type"] = "เทศบาลตำบล",
                        ["province"] = "ตาก",
                    },
                    ["fiscalYear"] = 2568,
                    ["scores"] = new JsonObject { ["total"] = 85.50m, ["indicators"] = indicators },
                }
            );
        }
        var body = new JsonObject { ["source"] = source, ["assessments"] = assessments };
        using var response = await system.Gateway.PostAsync(
            "/api/imports",
            new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json")
        );
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.PathAndQuery;
        if (!waitForImport)
            return;
        JsonElement import = default;
        await system.WaitForAsync(
            async () =>
            {
                import = await system.Gateway.GetFromJsonAsync<JsonElement>(location);
                return import.GetProperty("status").GetString() is "Completed" or "Failed";
            },
            SystemFixture.Patience,
            $"import {location} not processed"
        );
        Assert.True(import.GetProperty("recorded").GetInt32() == codes.Length, import.ToString());
    }

    private async Task WaitForHealthAsync(string name, HttpStatusCode wanted)
    {
        using var http = new HttpClient
        {
            BaseAddress = system.Service(name).BaseAddress,
            Timeout = TimeSpan.FromSeconds(10),
        };
        var last = "";
        await system.WaitForAsync(
            async () =>
            {
                try
                {
                    using var response = await http.GetAsync("/health");
                    last = await response.Content.ReadAsStringAsync();
                    return response.StatusCode == wanted;
                }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
                {
                    return false;
                }
            },
            SystemFixture.Patience,
            $"{name} /health not {(int)wanted} (last: {last})"
        );
    }

    /// <summary>A client of a service's own port (not through the gateway), as a national administrator.</summary>
    private HttpClient ServiceClient(string name) =>
        new HttpClient { BaseAddress = system.Service(name).BaseAddress, Timeout = TimeSpan.FromSeconds(30) }.Authorize(
            TestTokens.NationalAdmin()
        );
}
