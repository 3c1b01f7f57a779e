using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using Xunit;

namespace Ita.Micro.EndToEnd.Tests;

/// <summary>
/// The whole system as it runs in production, on one machine: a private RabbitMQ, the four services and the
/// gateway as processes, each with its own SQLite file, all sending traces to a stand-in collector. <see cref="Gateway"/>
/// calls as a national administrator; <see cref="CreateGatewayClient"/> as anyone else.
/// </summary>
public sealed class SystemFixture : IAsyncLifetime
{
    private readonly List<ServiceProcess> _processes = [];
    private readonly Dictionary<string, Dictionary<string, string>> _environments = [];
    private readonly List<ServiceProcess> _stopped = [];
    private RabbitMqBroker? _broker;
    private Dictionary<string, string> _gatewayEnvironment = [];

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("ita-e2e-").FullName;
    public OtlpCollector Collector { get; private set; } = null!;
    public HttpClient Gateway { get; private set; } = null!;
    public IReadOnlyList<ServiceProcess> Processes => _processes;

    public async Task InitializeAsync()
    {
        Collector = await OtlpCollector.StartAsync();
        _broker = await RabbitMqBroker.StartAsync();
        // The services reach the broker through a link a fault test can cut, as a broker that dies does.
        Link = new BrokerLink(_broker);
        var common = new Dictionary<string, string>(
            Link.EnvironmentVariables().Concat(Collector.EnvironmentVariables())
        )
        {
            // Every process validates tokens itself, all signed with the development key (Development only).
            ["Authentication__SigningKey"] = DevelopmentTokens.SigningKey,
        };
        var emblem = Repository.Shared is { } shared ? Path.Combine(shared, "assets", "garuda.svg") : "";

        foreach (var (name, project) in ServiceProcess.Services)
        {
            var environment = new Dictionary<string, string>(common)
            {
                ["Database__DataDirectory"] = Path.Combine(DataFolder, name),
                ["Documents__EmblemPath"] = File.Exists(emblem) ? emblem : "",
                ["Chromium__UserDataRoot"] = Path.Combine(DataFolder, "chromium"),
                // Integrations' score files are fetched from the tests' own file server.
                ["Imports__AllowedFileHosts__0"] = "127.0.0.1",
            };
            _environments[name] = environment;
            _processes.Add(ServiceProcess.Start(name, project, environment));
        }

        var gateway = new Dictionary<string, string>(common);
        foreach (var (process, (name, _)) in _processes.Zip(ServiceProcess.Services))
        {
            gateway[$"ReverseProxy__Clusters__{name}__Destinations__{name}__Address"] = process.BaseAddress.ToString();
            gateway[$"ReverseProxy__Clusters__{name}__HealthCheck__Active__Interval"] = "00:00:01";
        }
        _gatewayEnvironment = gateway;
        var gatewayProcess = ServiceProcess.Start("gateway", "gateway/Ita.Micro.Gateway", gateway);
        _processes.Add(gatewayProcess);

        await Task.WhenAll(_processes.Select(p => p.WaitHealthyAsync()));
        GatewayProcess = gatewayProcess;
        Gateway = CreateGatewayClient(TestTokens.NationalAdmin());
        Broker = _broker;

        // The registry the tests' organisations are imported against: 6630801 is the seed's, 6630802… are more.
        var registry = new StringBuilder(
            "code,name,type,province,district\n6630801,เทศบาลตำบลแม่จัน,เทศบาลตำบล,ตาก,อุ้มผาง\n"
        );
        for (var i = 2; i <= 20; i++)
            registry.AppendLine($"66308{i:00},เทศบาลตำบลทดสอบที่ {i},เทศบาลตำบล,ตาก,อุ้มผาง");
        var response = await Gateway.PostAsync(
            "/api/organisations",
            new StringContent(registry.ToString(), Encoding.UTF8, "text/csv")
        );
        response.EnsureSuccessStatusCode();
    }

    public RabbitMqBroker Broker { get; private set; } = null!;

    /// <summary>The services' way to the broker: cut it to make them lose the broker, restore it to give it back.</summary>
    public BrokerLink Link { get; private set; } = null!;

    /// <summary>The running process of a service (score-ingestion, analysis, measure-tracking, document-rendering).</summary>
    public ServiceProcess Service(string name) => _processes.Last(p => p.Name == name);

    /// <summary>Kills a service with SIGKILL (nothing it was doing finishes) and starts it again on the same port and data.</summary>
    public async Task KillAndRestartAsync(string name)
    {
        var stopped = Service(name);
        Replace(stopped, await stopped.KillAndRestartAsync());
    }

    /// <summary>
    /// Stops a service with SIGTERM, as an orchestrator does, and starts it again on the same port and data once it
    /// has exited; returns the stopped process's exit code and what it wrote.
    /// </summary>
    public async Task<(int ExitCode, string Output)> TerminateAndRestartAsync(string name)
    {
        var stopped = Service(name);
        var (exitCode, restarted) = await stopped.TerminateAndRestartAsync(ShutdownPatience);
        Replace(stopped, restarted);
        return (exitCode, stopped.Output);
    }

    /// <summary>
    /// How long a service may take to exit after SIGTERM: its host's shutdown timeout (under Kubernetes' 30 s grace
    /// period) and the time a loaded machine takes to tear the process down.
    /// </summary>
    public static readonly TimeSpan ShutdownPatience = TimeSpan.FromSeconds(60);

    /// <summary>Where a service keeps its SQLite file and other data (its Database:DataDirectory).</summary>
    public string DataDirectory(string name) => _environments[name]["Database__DataDirectory"];

    private void Replace(ServiceProcess stopped, ServiceProcess restarted)
    {
        _processes.Remove(stopped);
        // What the stopped process wrote stays in the logs a failure prints.
        _stopped.Add(stopped);
        _processes.Add(restarted);
    }

    public ServiceProcess GatewayProcess { get; private set; } = null!;

    /// <summary>
    /// One more gateway in front of the same services, with settings of a test's own (tight rate or body limits),
    /// healthy when returned; stopped with the system.
    /// </summary>
    public async Task<ServiceProcess> StartGatewayAsync(string name, IReadOnlyDictionary<string, string> settings)
    {
        var environment = new Dictionary<string, string>(_gatewayEnvironment);
        foreach (var (key, value) in settings)
            environment[key] = value;
        var process = ServiceProcess.Start(name, "gateway/Ita.Micro.Gateway", environment);
        _processes.Add(process);
        await process.WaitHealthyAsync();
        return process;
    }

    /// <summary>A client of the gateway calling with <paramref name="token"/> (none when null).</summary>
    public HttpClient CreateGatewayClient(string? token)
    {
        var client = new HttpClient { BaseAddress = GatewayProcess.BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
        return token is null ? client : client.Authorize(token);
    }

    /// <summary>How long a test waits for the system to get something done before it fails.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);

    /// <summary>Polls <paramref name="condition"/> until it holds; fails with every process's logs when it never does.</summary>
    public Task WaitForAsync(Func<Task<bool>> condition, TimeSpan timeout, string what) =>
        Eventually.HoldsAsync(condition, timeout, what, TimeSpan.FromMilliseconds(250), Logs);

    /// <summary>The JSON at a gateway path, once it answers with success.</summary>
    public async Task<JsonElement> WaitForJsonAsync(string path)
    {
        JsonElement found = default;
        await WaitForAsync(
            async () =>
            {
                var response = await Gateway.GetAsync(path);
                if (!response.IsSuccessStatusCode)
                    return false;
                found = await response.Content.ReadFromJsonAsync<JsonElement>();
                return true;
            },
            Patience,
            $"nothing at {path}"
        );
        return found;
    }

    /// <summary>The first rendered document of an organisation-year, once there is one.</summary>
    public async Task<JsonElement> WaitForRenderedDocumentAsync(string organisationCode, int fiscalYear)
    {
        JsonElement rendered = default;
        await WaitForAsync(
            async () =>
            {
                var documents = await Gateway.GetFromJsonAsync<JsonElement>(
                    $"/api/documents/?organisationCode={organisationCode}&fiscalYear={fiscalYear}"
                );
                rendered = documents
                    .EnumerateArray()
                    .FirstOrDefault(d => d.GetProperty("status").GetString() == "Rendered");
                return rendered.ValueKind == JsonValueKind.Object;
            },
            Patience,
            $"no rendered document for {organisationCode} {fiscalYear}"
        );
        return rendered;
    }

    /// <summary>Every process's output, to explain a failure.</summary>
    public string Logs() =>
        string.Join(
            "\n",
            _stopped
                .Select(p => $"===== {p.Name} (stopped)\n{p.Output}")
                .Concat(_processes.Select(p => $"===== {p.Name}\n{p.Output}"))
        );

    public async Task DisposeAsync()
    {
        Gateway?.Dispose();
        foreach (var process in _processes)
            await process.DisposeAsync();
        if (Link is not null)
            await Link.DisposeAsync();
        if (_broker is not null)
            await _broker.DisposeAsync();
        if (Collector is not null)
            await Collector.DisposeAsync();
        try
        {
            Directory.Delete(DataFolder, recursive: true);
        }
        catch (IOException)
        { /* left for inspection */
        }
    }
}
