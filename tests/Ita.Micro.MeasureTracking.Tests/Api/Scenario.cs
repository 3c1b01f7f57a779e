using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Apis.Contracts;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Ita.Micro.ServiceDefaults.Security;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>
/// The service on the real broker, a stand-in for the other services, the HTTP client of an approver of the default
/// test organisation (<see cref="Organisations"/>), and a national admin's client for what spans organisations.
/// </summary>
public sealed class Scenario : IAsyncDisposable
{
    /// <summary>As the service writes HTTP responses: web defaults with enums by name.</summary>
    public static readonly JsonSerializerOptions Json = new(JsonSerializerOptions.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The audit trail's name of <see cref="Client"/>'s caller (its token's subject).</summary>
    public const string Officer = "officer-somchai";

    private Scenario(MeasureTrackingApp app, HttpClient client, HttpClient admin, BrokerEvents events)
    {
        App = app;
        Client = client;
        Admin = admin;
        Events = events;
    }

    public MeasureTrackingApp App { get; }

    /// <summary>An approver of 6630801 (ตาก): edits, approves and reads that organisation only.</summary>
    public HttpClient Client { get; }

    /// <summary>A national admin: reads every organisation and the nation's oversight.</summary>
    public HttpClient Admin { get; }
    public BrokerEvents Events { get; }
    public TestClock Clock => App.Clock;

    public static async Task<Scenario> StartAsync(RabbitMqBroker broker, DateOnly today)
    {
        var app = new MeasureTrackingApp(broker, TestClock.OnThaiDate(today));
        var admin = await app.CreateReadyClientAsync();
        var client = app.CreateClient()
            .Authorize(TestTokens.For(ItaRoles.Approver, Organisations.MaeChan.Code, subject: Officer));
        var events = await BrokerEvents.StartAsync(broker);
        return new Scenario(app, client, admin, events);
    }

    /// <summary>Publishes the analysis on the broker and waits until the service holds its plan at that revision.</summary>
    public async Task<PlanResponse> AnalyseAsync(AssessmentAnalysed analysis)
    {
        await Events.PublishAsync(analysis);
        return await Eventually.ReturnsAsync(
            async () =>
            {
                using var response = await Admin.GetAsync(
                    $"/api/plans/{analysis.Organisation.Code}/{analysis.FiscalYear + 1}"
                );
                if (!response.IsSuccessStatusCode)
                    return null;
                var plan = (await response.Content.ReadFromJsonAsync<PlanResponse>(Json))!;
                return plan.AnalysisRevision >= analysis.Revision ? plan : null;
            },
            TimeSpan.FromSeconds(20),
            $"a plan from analysis revision {analysis.Revision}"
        );
    }

    /// <summary>Waits until the service consumed a message that changes no plan (e.g. an older revision): its inbox grows.</summary>
    public Task WaitConsumedAsync(int inboxCount) =>
        Eventually.HoldsAsync(
            async () =>
                await App.QueryAsync(db =>
                    Task.FromResult(db.InboxMessages.Count(m => m.Consumer == "AssessmentAnalysedConsumer"))
                ) >= inboxCount,
            TimeSpan.FromSeconds(20),
            "the analysis consumed"
        );

    public async Task<PlanResponse> GetPlanAsync(Guid planId) =>
        (await Admin.GetFromJsonAsync<PlanResponse>($"/api/plans/{planId}", Json))!;

    public Task<HttpResponseMessage> PostAsync(string url, object body) => Client.PostAsJsonAsync(url, body, Json);

    public Task<HttpResponseMessage> PutAsync(string url, object body) => Client.PutAsJsonAsync(url, body, Json);

    public static async Task<T> ReadAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonSerializer.Deserialize<T>(text, Json)!;
    }

    /// <summary>A problem-details body, asserted to have the status.</summary>
    public static async Task<JsonObject> ProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"Expected {expected}, got {(int)response.StatusCode}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }

    /// <summary>Approves (as ปลัด) and publishes, both signed on <paramref name="announcedOn"/> (today when absent), returning the published plan.</summary>
    public async Task<PlanResponse> ApproveAndPublishAsync(PlanResponse plan, DateOnly? announcedOn = null)
    {
        var approved = await ReadAsync<PlanResponse>(
            await PostAsync(
                $"/api/plans/{plan.Id}/approve",
                new
                {
                    version = plan.Version,
                    approver = new { name = "นายสมชาย ใจดี", position = "ปลัดเทศบาลตำบลแม่จัน" },
                    signedOn = announcedOn,
                }
            )
        );
        return await ReadAsync<PlanResponse>(
            await PostAsync($"/api/plans/{plan.Id}/publish", new { version = approved.Version, announcedOn })
        );
    }

    public async ValueTask DisposeAsync()
    {
        await Events.DisposeAsync();
        Client.Dispose();
        Admin.Dispose();
        await App.DisposeAsync();
    }
}
