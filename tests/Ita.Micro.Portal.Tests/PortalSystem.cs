using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using Xunit;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// The whole system as the end-to-end tests run it (a private RabbitMQ, the four services, the gateway) plus the
/// portal behind the gateway at /, loaded first with the organisations the officers' tests use (the sample 6630801,
/// a second copy of it 6630803, three with published totals only) and then with a generated national year of 7,852
/// organisations (<see cref="NationalYear"/>), all analysed and planned. The browser talks to the gateway only.
/// </summary>
public sealed class PortalSystem : IAsyncLifetime
{
    public const string Sample = "6630801";
    public const string Other = "6630802";
    public const string ConflictOrganisation = "6630803";

    /// <summary>
    /// A third organisation of ตาก (in แม่สอด, the others are in อุ้มผาง) and two of น่าน, with published totals only
    /// (so without a plan), for the overseers' pages. Codes starting with 6, which the national generator never gives.
    /// </summary>
    public static readonly (string Code, string Name, string Province, string District, decimal Total)[] Overseen =
    [
        ("6630804", "เทศบาลตำบลทดสอบภาพรวม", "ตาก", "แม่สอด", 78.25m),
        ("6550101", "องค์การบริหารส่วนตำบลทดสอบน่านหนึ่ง", "น่าน", "เมืองน่าน", 92.40m),
        ("6550102", "องค์การบริหารส่วนตำบลทดสอบน่านสอง", "น่าน", "เมืองน่าน", 70.10m),
    ];

    private readonly List<ServiceProcess> _processes = [];
    private RabbitMqBroker? _broker;

    public string DataFolder { get; } = Directory.CreateTempSubdirectory("ita-portal-").FullName;
    public Uri BaseAddress { get; private set; } = null!;
    public HttpClient Admin { get; private set; } = null!;

    /// <summary>Where every process of the system sends its traces, metrics and logs.</summary>
    public OtlpCollector Collector { get; private set; } = null!;

    /// <summary>The key ring the portal keeps its session cookies with (a replica shares it).</summary>
    public string KeysDirectory => Path.Combine(DataFolder, "portal-keys");

    public async Task InitializeAsync()
    {
        var national = Path.Combine(DataFolder, "national");
        var generated = NationalYear.GenerateAsync(national);
        _broker = await RabbitMqBroker.StartAsync();
        Collector = await OtlpCollector.StartAsync();
        var common = new Dictionary<string, string>(
            _broker.EnvironmentVariables().Concat(Collector.EnvironmentVariables())
        )
        {
            ["Authentication__SigningKey"] = DevelopmentTokens.SigningKey,
            // A session ends when its token does, to the second: the session-expiry test waits for that moment.
            ["Authentication__ClockSkew"] = "00:00:00",
        };
        var emblem = Repository.Shared is { } shared ? Path.Combine(shared, "assets", "garuda.svg") : "";
        foreach (var (name, project) in ServiceProcess.Services)
        {
            _processes.Add(
                ServiceProcess.Start(
                    name,
                    project,
                    new Dictionary<string, string>(common)
                    {
                        ["Database__DataDirectory"] = Path.Combine(DataFolder, name),
                        ["Documents__EmblemPath"] = File.Exists(emblem) ? emblem : "",
                        ["Chromium__UserDataRoot"] = Path.Combine(DataFolder, "chromium"),
                        // The national year's 7,852 analysis documents render in the background for the whole run: one page
                        // keeps them to one core of the machine the other test projects share. A document a test waits for
                        // is asked for by a person, so it goes ahead of them in the queue (RenderPriority.SomeoneWaits).
                        ["Chromium__Pages"] = "1",
                    }
                )
            );
        }

        // The gateway and the portal must know each other's address: both ports are chosen first.
        var gatewayPort = FreePort.Next();
        var portalPort = FreePort.Next();
        var gateway = new Dictionary<string, string>(common)
        {
            ["ReverseProxy__Clusters__portal__Destinations__portal__Address"] = $"http://127.0.0.1:{portalPort}/",
            ["ReverseProxy__Clusters__portal__HealthCheck__Active__Interval"] = "00:00:01",
            // Browsers of every test share one address: the per-client limit is not what these tests are about.
            ["Gateway__PermitLimit"] = "100000",
        };
        foreach (var (process, (name, _)) in _processes.Zip(ServiceProcess.Services))
        {
            gateway[$"ReverseProxy__Clusters__{name}__Destinations__{name}__Address"] = process.BaseAddress.ToString();
            gateway[$"ReverseProxy__Clusters__{name}__HealthCheck__Active__Interval"] = "00:00:01";
        }
        _processes.Add(ServiceProcess.Start("gateway", "gateway/Ita.Micro.Gateway", gateway, gatewayPort));
        GatewayAddress = new Uri($"http://127.0.0.1:{gatewayPort}/");
        _processes.Add(StartPortal("portal", KeysDirectory, portalPort));
        await Task.WhenAll(_processes.Select(p => p.WaitHealthyAsync()));

        BaseAddress = new Uri($"http://127.0.0.1:{gatewayPort}/");
        Admin = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) }.Authorize(
            TestTokens.NationalAdmin()
        );
        await SeedAsync();
        await NationalYear.LoadAsync(
            Admin,
            national,
            NationalOrganisations = await generated,
            alreadyAnalysed: 2 + Overseen.Length,
            withoutPlan: Overseen.Length,
            Logs
        );
    }

    /// <summary>How many organisations the generated national year holds (besides those seeded for the officers).</summary>
    public int NationalOrganisations { get; private set; }

    /// <summary>The gateway as a portal reaches it (inside the deployment).</summary>
    public Uri GatewayAddress { get; private set; } = null!;

    /// <summary>A portal process of this system, behind the gateway or (a replica) reached directly by a test.</summary>
    public ServiceProcess StartPortal(string name, string keysDirectory, int? port = null) =>
        ServiceProcess.Start(
            name,
            "services/Ita.Micro.Portal",
            new Dictionary<string, string>(Collector.EnvironmentVariables())
            {
                ["Portal__GatewayUrl"] = GatewayAddress.ToString(),
                ["Portal__KeysDirectory"] = keysDirectory,
            },
            port
        );

    private async Task SeedAsync()
    {
        var registry = new StringBuilder("code,name,type,province,district\n")
            .AppendLine($"{Sample},เทศบาลตำบลแม่จัน,เทศบาลตำบล,ตาก,อุ้มผาง")
            .AppendLine($"{Other},เทศบาลตำบลทดสอบอื่น,เทศบาลตำบล,ตาก,อุ้มผาง")
            .AppendLine($"{ConflictOrganisation},เทศบาลตำบลทดสอบแก้ไขพร้อมกัน,เทศบาลตำบล,ตาก,อุ้มผาง");
        foreach (var (code, name, province, district, _) in Overseen)
            registry.AppendLine($"{code},{name},{TypeOf(name)},{province},{district}");
        await WaitForAsync(
            async () =>
                (
                    await Admin.PostAsync(
                        "/api/organisations",
                        new StringContent(registry.ToString(), Encoding.UTF8, "text/csv")
                    )
                ).IsSuccessStatusCode,
            "the registry was not accepted"
        );

        var sample = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Samples", "mae-chan.json"));
        foreach (var body in new[] { sample, sample.Replace(Sample, ConflictOrganisation, StringComparison.Ordinal) })
        {
            var response = await Admin.PostAsync(
                "/api/imports",
                new StringContent(body, Encoding.UTF8, "application/json")
            );
            response.EnsureSuccessStatusCode();
        }
        var overseen = JsonSerializer.Serialize(
            new
            {
                source = "ทดสอบภาพรวมจังหวัด",
                assessments = Overseen.Select(o => new
                {
                    organisation = new
                    {
                        code = o.Code,
                        name = o.Name,
                        type = TypeOf(o.Name),
                        province = o.Province,
                        district = o.District,
                    },
                    fiscalYear = 2568,
                    scores = new { total = o.Total },
                }),
            }
        );
        (
            await Admin.PostAsync("/api/imports", new StringContent(overseen, Encoding.UTF8, "application/json"))
        ).EnsureSuccessStatusCode();
        foreach (var (code, _, _, _, _) in Overseen)
            await WaitForAsync(
                async () => (await Admin.GetAsync($"/api/analyses/{code}/2568")).IsSuccessStatusCode,
                $"no analysis of {code}"
            );
        foreach (var organisation in new[] { Sample, ConflictOrganisation })
            await WaitForAsync(
                async () => (await Admin.GetAsync($"/api/plans/{organisation}/2569")).IsSuccessStatusCode,
                $"no plan drafted for {organisation}"
            );
    }

    private static string TypeOf(string name) =>
        name.StartsWith("เทศบาล", StringComparison.Ordinal) ? "เทศบาลตำบล" : "องค์การบริหารส่วนตำบล";

    /// <summary>The organisation's documents as the national administrator sees them.</summary>
    public async Task<JsonElement> DocumentsAsync(string organisationCode) =>
        await Admin.GetFromJsonAsync<JsonElement>($"/api/documents/?organisationCode={organisationCode}");

    /// <summary>How long a test waits for the system; generous, since the machine it runs on may be shared.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(180);

    public Task WaitForAsync(Func<Task<bool>> condition, string what) =>
        Eventually.HoldsAsync(condition, Patience, what, TimeSpan.FromMilliseconds(250), Logs);

    public string Logs() => string.Join("\n", _processes.Select(p => $"===== {p.Name}\n{p.Output}"));

    public async Task DisposeAsync()
    {
        Admin?.Dispose();
        foreach (var process in _processes)
            await process.DisposeAsync();
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
