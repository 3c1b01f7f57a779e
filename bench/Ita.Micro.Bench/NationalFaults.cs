using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Ita.Micro.Testing;
using Microsoft.Data.Sqlite;

namespace Ita.Micro.Bench;

/// <summary>
/// Issue 17's faults (its item 6, as the end-to-end fault tests inject them with small data) injected one after the
/// other into a national results day: each waits until its stage has done a share of the nation, is injected, is
/// removed (the broker given back, the service started again, the lock released) and counts as recovered when the
/// stage it hit moves on again. The counts at the end say whether anything was lost or done twice.
/// </summary>
public sealed class NationalFaults(
    RunningServices services,
    BrokerLink link,
    RabbitMqBroker broker,
    string data,
    int rows,
    Stopwatch clock
)
{
    /// <summary>How long the broker stays away: about what a broker's restart takes.</summary>
    private static readonly TimeSpan BrokerAway = TimeSpan.FromSeconds(20);

    /// <summary>How long another process holds the analysis database's write lock: past the services' busy timeout.</summary>
    private static readonly TimeSpan LockHeld = TimeSpan.FromSeconds(15);

    private readonly List<FaultResult> _results = [];

    /// <summary>One fault: when it was injected and removed, when its stage moved on again, and what was seen.</summary>
    public sealed record FaultResult(
        string Fault,
        string Trigger,
        double InjectedAt,
        double RemovedAt,
        double? ResumedAt,
        string Seen
    );

    public IReadOnlyList<FaultResult> Results => _results;

    private string Db(string name) => Path.Combine(data, name + ".db");

    /// <summary>A stage of the flow, by what it has done so far.</summary>
    private sealed record Stage(string Name, Func<Task<long>> Count);

    private Stage Recorded =>
        new("assessments recorded", () =>
            BenchSetup.CountAsync(Db("score-ingestion"), "SELECT COUNT(*) FROM Assessments")
        );
    private Stage Analysed =>
        new("analysed", () => BenchSetup.CountAsync(Db("analysis"), "SELECT COUNT(*) FROM Analyses"));
    private Stage Planned =>
        new("plans drafted", () => BenchSetup.CountAsync(Db("measure-tracking"), "SELECT COUNT(*) FROM Plans"));
    private Stage Rendered =>
        new("analysis PDFs", () =>
            BenchSetup.CountAsync(
                Db("document-rendering"),
                "SELECT COUNT(*) FROM Documents WHERE Kind = 'Analysis' AND Status = 'Rendered'"
            )
        );

    public async Task RunAsync()
    {
        await InjectAsync("score-ingestion killed (SIGKILL) while importing, started again", Recorded, 0.3, async () =>
        {
            await services.KillAndRestartAsync("score-ingestion");
            return "the import is taken over once its heartbeat is older than Imports:StaleAfter (5 min by default)";
        });
        await InjectAsync(
            $"broker lost for {BrokerAway.TotalSeconds:0} s (every connection dropped and refused)",
            Analysed,
            0.1,
            async () =>
            {
                await link.CutAsync();
                var red = await WhileAsync(BrokerAway, UnreadyAsync);
                link.Restore();
                var readyAt = await AllReadyAsync();
                return $"readiness red on {red.Count}/4 services ({string.Join(", ", red.Select(r => $"{r.Key} after {r.Value:0.0} s"))}); "
                    + $"all ready {readyAt:0.0} s after the broker came back";
            }
        );
        await InjectAsync("a poison message in analysis-assessment-recorded", Analysed, 0.2, async () =>
        {
            var id = Guid.NewGuid().ToString();
            var sent = clock.Elapsed.TotalSeconds;
            await broker.PublishPoisonAsync("analysis-assessment-recorded", id);
            using var ops = BenchSetup.Client(services["analysis"]);
            while (
                !(await ops.GetFromJsonAsync<JsonElement>("/ops/errors/"))
                    .EnumerateArray()
                    .Any(m => m.GetProperty("messageId").GetString() == id)
            )
                await Task.Delay(200);
            var listed = clock.Elapsed.TotalSeconds - sent;
            using var discarded = await ops.DeleteAsync($"/ops/errors/analysis-assessment-recorded/{id}");
            return $"listed on analysis's /ops/errors {listed:0.0} s after it was sent; discarded there ({(int)discarded.StatusCode})";
        });
        await InjectAsync("analysis killed (SIGKILL), started again", Analysed, 0.3, async () =>
        {
            await services.KillAndRestartAsync("analysis");
            return "";
        });
        await InjectAsync(
            $"analysis database locked by another process for {LockHeld.TotalSeconds:0} s",
            Analysed,
            0.45,
            async () =>
            {
                await using var holder = new SqliteConnection($"Data Source={Db("analysis")};Pooling=False");
                await holder.OpenAsync();
                await Execute(holder, "BEGIN EXCLUSIVE;");
                var during = await Analysed.Count();
                var red = await WhileAsync(LockHeld, UnreadyAsync);
                var after = await Analysed.Count();
                await Execute(holder, "ROLLBACK;");
                return $"analysed while locked: {after - during}; readiness red on {red.Count}/4 services";
            }
        );
        await InjectAsync("measure-tracking killed (SIGKILL), started again", Planned, 0.4, async () =>
        {
            await services.KillAndRestartAsync("measure-tracking");
            return "";
        });
        await InjectAsync("analysis stopped (SIGTERM), started again", Analysed, 0.6, async () =>
            $"exit code {await services.TerminateAndRestartAsync("analysis")}"
        );
        await InjectAsync(
            "document-rendering killed (SIGKILL, its Chromium with it), started again",
            Rendered,
            0.1,
            async () =>
            {
                await services.KillAndRestartAsync("document-rendering");
                return "";
            }
        );
        await InjectAsync("document-rendering stopped (SIGTERM), started again", Rendered, 0.3, async () =>
            $"exit code {await services.TerminateAndRestartAsync("document-rendering")}"
        );
    }

    /// <summary>
    /// Waits until <paramref name="stage"/> has done <paramref name="share"/> of the nation, injects the fault (the
    /// task returns once it is removed) and waits until the stage moves on from where it was then.
    /// </summary>
    private async Task InjectAsync(string fault, Stage stage, double share, Func<Task<string>> injectAndRemove)
    {
        var threshold = (long)Math.Ceiling(rows * share);
        while (await stage.Count() < threshold)
            await Task.Delay(200);
        var injectedAt = clock.Elapsed.TotalSeconds;
        var atInjection = await stage.Count();
        Console.WriteLine($"  {injectedAt, 6:0.0} s  inject: {fault} (stage at {atInjection})");
        var seen = await injectAndRemove();
        var removedAt = clock.Elapsed.TotalSeconds;
        var atRemoval = await stage.Count();
        double? resumedAt = null;
        var patience = Stopwatch.StartNew();
        while (patience.Elapsed < TimeSpan.FromMinutes(10))
        {
            var now = await stage.Count();
            if (now > atRemoval || now >= rows)
            {
                resumedAt = clock.Elapsed.TotalSeconds;
                break;
            }
            await Task.Delay(100);
        }
        _results.Add(new FaultResult(fault, $"{share:P0} {stage.Name}", injectedAt, removedAt, resumedAt, seen));
        Console.WriteLine(
            $"  {removedAt, 6:0.0} s  removed; stage moved on at {(resumedAt is { } r ? $"{r:0.0} s" : "never (10 min)")}. {seen}"
        );
    }

    /// <summary>
    /// Polls <paramref name="probe"/> for <paramref name="duration"/>; returns, per service name it returned, the
    /// seconds from the start until it was first returned.
    /// </summary>
    private static async Task<Dictionary<string, double>> WhileAsync(
        TimeSpan duration,
        Func<Task<IEnumerable<string>>> probe
    )
    {
        var seen = new Dictionary<string, double>();
        var watch = Stopwatch.StartNew();
        while (watch.Elapsed < duration)
        {
            foreach (var name in await probe())
                seen.TryAdd(name, watch.Elapsed.TotalSeconds);
            await Task.Delay(250);
        }
        return seen;
    }

    /// <summary>The services whose /health does not answer 200 now.</summary>
    private async Task<IEnumerable<string>> UnreadyAsync()
    {
        var unready = new List<string>();
        foreach (var (name, process) in services.Processes)
            if (await HealthAsync(process) != HttpStatusCode.OK)
                unready.Add(name);
        return unready;
    }

    /// <summary>Seconds until every service's /health answers 200.</summary>
    private async Task<double> AllReadyAsync()
    {
        var watch = Stopwatch.StartNew();
        while ((await UnreadyAsync()).Any())
        {
            if (watch.Elapsed > TimeSpan.FromMinutes(5))
                throw new TimeoutException("the services were not all ready 5 min after the broker came back");
            await Task.Delay(250);
        }
        return watch.Elapsed.TotalSeconds;
    }

    private static async Task<HttpStatusCode?> HealthAsync(ServiceProcess process)
    {
        using var http = new HttpClient { BaseAddress = process.BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            using var response = await http.GetAsync("/health");
            return response.StatusCode;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
        {
            return null;
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync();
    }

    /// <summary>
    /// Once every stage is done: each organisation analysed once (revision 1), one plan, one analysis document
    /// (version 1, rendered, its PDF whole on disk, no piece left), the import's rows all accounted for, and no
    /// error queue holding anything. Returns the lines to print and whether all held.
    /// </summary>
    public async Task<(List<string> Lines, bool AllHeld)> ExactlyOnceAsync(int year)
    {
        var lines = new List<string>();
        var held = true;
        void Check(string what, long actual, long expected)
        {
            var ok = actual == expected;
            held &= ok;
            lines.Add(
                $"| {what} | {actual.ToString("N0", CultureInfo.InvariantCulture)} | {expected.ToString("N0", CultureInfo.InvariantCulture)} | {(ok ? "yes" : "**no**")} |"
            );
        }
        Check("assessments recorded", await Recorded.Count(), rows);
        Check(
            "assessments of a revision other than 1",
            await BenchSetup.CountAsync(Db("score-ingestion"), "SELECT COUNT(*) FROM Assessments WHERE Revision <> 1"),
            0
        );
        Check(
            "import rows rejected",
            await BenchSetup.CountAsync(Db("score-ingestion"), "SELECT COALESCE(SUM(Rejected), 0) FROM Imports"),
            0
        );
        Check("analyses", await Analysed.Count(), rows);
        Check(
            "organisations analysed",
            await BenchSetup.CountAsync(Db("analysis"), "SELECT COUNT(DISTINCT OrganisationCode) FROM Analyses"),
            rows
        );
        Check(
            $"analyses of a revision other than 1",
            await BenchSetup.CountAsync(
                Db("analysis"),
                $"SELECT COUNT(*) FROM Analyses WHERE Revision <> 1 OR FiscalYear <> {year}"
            ),
            0
        );
        Check("plans", await Planned.Count(), rows);
        Check(
            "organisations with a plan",
            await BenchSetup.CountAsync(Db("measure-tracking"), "SELECT COUNT(DISTINCT OrganisationCode) FROM Plans"),
            rows
        );
        Check(
            "analysis documents",
            await BenchSetup.CountAsync(
                Db("document-rendering"),
                "SELECT COUNT(*) FROM Documents WHERE Kind = 'Analysis'"
            ),
            rows
        );
        Check(
            "analysis documents rendered, version 1",
            await BenchSetup.CountAsync(
                Db("document-rendering"),
                "SELECT COUNT(*) FROM Documents WHERE Kind = 'Analysis' AND Status = 'Rendered' AND Version = 1"
            ),
            rows
        );
        Check(
            "organisations with an analysis document",
            await BenchSetup.CountAsync(
                Db("document-rendering"),
                "SELECT COUNT(DISTINCT OrganisationCode) FROM Documents WHERE Kind = 'Analysis'"
            ),
            rows
        );
        var folder = Path.Combine(data, "documents");
        var pdfs = Directory.EnumerateFiles(folder, "*.pdf", SearchOption.AllDirectories).ToList();
        Check("whole PDFs on disk (%PDF- … %%EOF)", pdfs.Count(pdf => WholePdf.Is(File.ReadAllBytes(pdf))), pdfs.Count);
        Check(
            "pieces of a PDF left behind (*.tmp)",
            Directory.EnumerateFiles(folder, "*.tmp", SearchOption.AllDirectories).Count(),
            0
        );
        foreach (var (name, process) in services.Processes.OrderBy(p => p.Key))
        {
            using var ops = BenchSetup.Client(process);
            Check(
                $"messages in {name}'s error queues",
                (await ops.GetFromJsonAsync<JsonElement>("/ops/errors/")).GetArrayLength(),
                0
            );
        }
        return (lines, held);
    }
}
