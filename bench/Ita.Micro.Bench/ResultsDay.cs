using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.Testing;
using MassTransit;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Bench;

/// <summary>
/// Issue 17's results day: a national year uploaded to score-ingestion with analysis, measure tracking and document
/// rendering running as processes on one private broker (Release builds, fresh SQLite databases), timed from the
/// POST of the scores file until every organisation is analysed, has a drafted plan and has its analysis PDF stored.
/// Each stage is set beside its floor, measured in the same run once the services have stopped: the broker carrying
/// the run's own messages (read back from the services' outboxes) to consumers that do nothing, and the service's
/// renderer printing the run's own analysis documents again with nothing else running.
/// </summary>
public static class ResultsDay
{
    /// <param name="floorDocuments">Documents of the run printed again for the documents' floor; the floor is the national count at that rate.</param>
    /// <param name="organisations">Fewer organisations than the nation's, to check the scenario quickly; null for all.</param>
    /// <param name="faults">Inject issue 17's faults one after the other (<see cref="NationalFaults"/>) and count what was
    /// lost or done twice, instead of measuring the floors.</param>
    public static async Task<int> RunAsync(int year, int floorDocuments, int? organisations, bool faults)
    {
        var (folder, scores, rows) = await BenchSetup.GenerateAsync(year, organisations);
        var data = Path.Combine(folder, "data");
        Console.WriteLine(
            $"{Environment.ProcessorCount} cores; load average {File.ReadAllText("/proc/loadavg").Trim()}; national file: {rows} rows"
        );
        await using var broker = await RabbitMqBroker.StartAsync();
        // With faults the services reach the broker through a link the scenario can cut; otherwise directly.
        await using var link = new BrokerLink(broker);
        var brokerPid = ProcessCpu.BrokerProcess(broker.Port);
        var chromiumRoot = Path.Combine(folder, "chromium");
        var environment = new Dictionary<string, string>(BenchSetup.Environment(broker, data))
        {
            ["Documents__EmblemPath"] = AnalysisHtml.SharedEmblemPath ?? "",
            ["Chromium__UserDataRoot"] = chromiumRoot,
        };
        if (faults)
            foreach (var (key, value) in link.EnvironmentVariables())
                environment[key] = value;

        Stages stages;
        Dictionary<string, double> cpu;
        await using (var services = await RunningServices.StartAsync(environment))
        {
            using var http = BenchSetup.Client(services["score-ingestion"]);
            await BenchSetup.PostFileAsync(http, "/api/organisations", Path.Combine(folder, "organisations.csv"));

            var before = CpuSeconds(services, brokerPid);
            var clock = Stopwatch.StartNew();
            await BenchSetup.PostFileAsync(http, "/api/imports", scores);
            var faultRun = faults ? new NationalFaults(services, link, broker, data, rows, clock) : null;
            var injecting = faultRun?.RunAsync() ?? Task.CompletedTask;
            var waiting = WaitStagesAsync(data, rows, clock, services, TimeSpan.FromMinutes(60), faults);
            // A fault that could not be injected or removed ends the run.
            if (await Task.WhenAny(waiting, injecting) == injecting)
                await injecting;
            stages = await waiting;
            await injecting;
            if (faultRun is not null)
                return await ReportFaultsAsync(faultRun, stages, year, folder);

            var after = CpuSeconds(services, brokerPid);
            cpu = after.ToDictionary(p => p.Key, p => p.Value - before.GetValueOrDefault(p.Key));
            foreach (var (name, process) in services.Processes)
                Console.WriteLine($"  {name}: peak {ProcessMemory.PeakBytes(process.ProcessId) / 1048576.0:0} MB");
        }

        Console.WriteLine("floors (the services stopped):");
        var recorded = await OutboxBodiesAsync(Path.Combine(data, "score-ingestion.db"), nameof(AssessmentRecorded));
        var analysed = await OutboxBodiesAsync(Path.Combine(data, "analysis.db"), nameof(AssessmentAnalysed));
        var analysisFloor = await BrokerFloorAsync<AssessmentRecorded>(broker, recorded);
        var plansFloor = await BrokerFloorAsync<AssessmentAnalysed>(broker, analysed);
        var (perSecond, floorCpu, pages) = await PrintFloorAsync(
            Path.Combine(data, "document-rendering.db"),
            floorDocuments,
            chromiumRoot,
            Path.Combine(folder, "floor")
        );
        var documentsFloor = rows / perSecond;
        Console.WriteLine(
            $"  broker to do-nothing consumers: {recorded.Count} AssessmentRecorded in {analysisFloor:0.00} s, "
                + $"{analysed.Count} AssessmentAnalysed in {plansFloor:0.00} s; the renderer alone ({pages} pages): "
                + $"{perSecond:0.00} PDF/s, {floorCpu:0} CPU ms each (the service: {cpu["document-rendering"] * 1000 / rows:0} CPU ms each)"
        );

        Console.WriteLine(
            $"| stage (from the upload) | time | floor | ratio (target ≤ 1.5) | target on a quiet 2-core machine |"
        );
        Console.WriteLine($"|---|---|---|---|---|");
        Console.WriteLine($"| import completed | {stages.Imported:0.0} s | | | |");
        Console.WriteLine(
            $"| all analysed | {stages.Analysed:0.0} s | {analysisFloor:0.0} s | {stages.Analysed / analysisFloor:0.00} | ≤ 15 s |"
        );
        Console.WriteLine(
            $"| all plans drafted | {stages.Planned:0.0} s | {plansFloor:0.0} s | {stages.Planned / plansFloor:0.00} | ≤ 30 s |"
        );
        Console.WriteLine(
            $"| all analysis PDFs stored | {stages.Rendered:0.0} s | {documentsFloor:0.0} s | {stages.Rendered / documentsFloor:0.00} | ≤ 150 s |"
        );
        Console.WriteLine(
            "CPU seconds during the run: " + string.Join(", ", cpu.Select(c => $"{c.Key} {c.Value:0.0}"))
        );
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>Seconds from the upload until each stage held one row per organisation.</summary>
    private sealed record Stages(double Imported, double Analysed, double Planned, double Rendered);

    private static async Task<Stages> WaitStagesAsync(
        string data,
        int rows,
        Stopwatch clock,
        RunningServices services,
        TimeSpan timeout,
        bool restartsExpected
    )
    {
        string Logs() =>
            string.Join(
                "\n",
                services.Processes.Values.Select(p => p.Name + ":\n" + p.Output[^Math.Min(2000, p.Output.Length)..])
            );

        string Db(string name) => Path.Combine(data, name + ".db");
        var counts = new (string Database, string Query)[]
        {
            (Db("score-ingestion"), "SELECT COUNT(*) FROM Imports WHERE Status = 'Completed'"),
            (Db("analysis"), "SELECT COUNT(*) FROM Analyses"),
            (Db("measure-tracking"), "SELECT COUNT(*) FROM Plans"),
            (
                Db("document-rendering"),
                "SELECT COUNT(*) FROM Documents WHERE Kind = 'Analysis' AND Status = 'Rendered'"
            ),
        };
        var expected = new long[] { 1, rows, rows, rows };
        var done = new double?[counts.Length];
        var last = new long[counts.Length];
        while (done.Any(d => d is null))
        {
            for (var i = 0; i < counts.Length; i++)
            {
                if (done[i] is not null)
                    continue;
                last[i] = await BenchSetup.CountAsync(counts[i].Database, counts[i].Query);
                if (last[i] >= expected[i])
                {
                    done[i] = clock.Elapsed.TotalSeconds;
                    Console.WriteLine(
                        $"  {Path.GetFileNameWithoutExtension(counts[i].Database)}: {last[i]} at {done[i]:0.0} s"
                    );
                }
            }
            if (clock.Elapsed > timeout)
                throw new TimeoutException(
                    $"results day not finished in {timeout.TotalMinutes} min: {string.Join(", ", last)} of {rows}\n"
                        + Logs()
                );
            // Without faults no service is restarted: one that has exited would leave the run waiting for the timeout.
            if (!restartsExpected && services.Processes.Values.FirstOrDefault(p => p.HasExited) is { } gone)
                throw new InvalidOperationException(
                    $"{gone.Name} exited during the run: {string.Join(", ", last)} of {rows}\n" + Logs()
                );
            await Task.Delay(100);
        }
        return new Stages(done[0]!.Value, done[1]!.Value, done[2]!.Value, done[3]!.Value);
    }

    private static Dictionary<string, double> CpuSeconds(RunningServices services, int? brokerPid)
    {
        // Document rendering's Chromium processes are its children: its whole tree is counted.
        var seconds = services.Processes.ToDictionary(
            p => p.Key,
            p => ProcessTreeCpu.Milliseconds(p.Value.ProcessId) / 1000
        );
        if (brokerPid is { } pid)
            seconds["broker"] = ProcessCpu.Seconds(pid);
        return seconds;
    }

    /// <summary>The faults' table, the stages' times with the faults in them, and the exactly-once counts.</summary>
    private static async Task<int> ReportFaultsAsync(NationalFaults faults, Stages stages, int year, string folder)
    {
        Console.WriteLine(
            "| fault | injected when | at | removed at | stage moving again at | recovery (injected → moving) | seen |"
        );
        Console.WriteLine("|---|---|---|---|---|---|---|");
        foreach (var f in faults.Results)
            Console.WriteLine(
                $"| {f.Fault} | {f.Trigger} | {f.InjectedAt:0.0} s | {f.RemovedAt:0.0} s | "
                    + $"{(f.ResumedAt is { } r ? $"{r:0.0} s" : "never")} | {(f.ResumedAt is { } t ? $"{t - f.InjectedAt:0.0} s" : "—")} | {f.Seen} |"
            );
        Console.WriteLine(
            $"| stage (from the upload, with the faults) | time |\n|---|---|\n| import completed | {stages.Imported:0.0} s |\n"
                + $"| all analysed | {stages.Analysed:0.0} s |\n| all plans drafted | {stages.Planned:0.0} s |\n"
                + $"| all analysis PDFs stored | {stages.Rendered:0.0} s |"
        );
        var (lines, held) = await faults.ExactlyOnceAsync(year);
        Console.WriteLine("| count | found | expected | exactly once |\n|---|---|---|---|");
        foreach (var line in lines)
            Console.WriteLine(line);
        Directory.Delete(folder, recursive: true);
        return held ? 0 : 1;
    }

    /// <summary>The bodies of a service's published messages of one type (its outbox keeps sent rows).</summary>
    private static async Task<List<string>> OutboxBodiesAsync(string database, string messageType)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT Body FROM OutboxMessages WHERE MessageType LIKE $type ORDER BY Id";
        command.Parameters.AddWithValue("$type", "%" + messageType + "%");
        var bodies = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            bodies.Add(reader.GetString(0));
        return bodies;
    }

    /// <summary>
    /// Seconds for the broker to carry <paramref name="bodies"/> from a publisher to a consumer that does nothing,
    /// with the services' serializer settings and a prefetch as large as the analysis batches'.
    /// </summary>
    private static async Task<double> BrokerFloorAsync<T>(RabbitMqBroker broker, List<string> bodies)
        where T : class
    {
        var messages = bodies.Select(b => JsonSerializer.Deserialize<T>(b, ContractJson.Options)!).ToList();
        var counter = new NothingConsumer<T>(messages.Count);
        var bus = Bus.Factory.CreateUsingRabbitMq(rabbit =>
        {
            rabbit.Host(broker.Host, (ushort)broker.Port, broker.VirtualHost, host =>
            {
                host.Username(broker.Username);
                host.Password(broker.Password);
            });
            rabbit.ConfigureJsonSerializerOptions(json =>
            {
                json.Encoder = ContractJson.Options.Encoder;
                return json;
            });
            rabbit.ReceiveEndpoint($"bench-floor-{typeof(T).Name}", endpoint =>
            {
                endpoint.PrefetchCount = 200;
                endpoint.Consumer(() => counter);
            });
        });
        await bus.StartAsync();
        try
        {
            var clock = Stopwatch.StartNew();
            await Task.WhenAll(messages.Chunk(500).Select(chunk => bus.PublishBatch(chunk)));
            await counter.All.WaitAsync(TimeSpan.FromMinutes(10));
            return clock.Elapsed.TotalSeconds;
        }
        finally
        {
            await bus.StopAsync();
        }
    }

    /// <summary>
    /// The run's own first <paramref name="documents"/> analysis documents printed again by the service's renderer
    /// (its template, its warm pool with the default page count, its file writes) with nothing else running.
    /// </summary>
    private static async Task<(double PerSecond, double CpuMilliseconds, int Pages)> PrintFloorAsync(
        string database,
        int documents,
        string chromiumRoot,
        string output
    )
    {
        var records = await AnalysisDocumentsAsync(database, documents);
        var options = new ChromiumOptions { UserDataRoot = chromiumRoot };
        await using var chromium = new ChromiumPdfRenderer(options, NullLogger<ChromiumPdfRenderer>.Instance);
        var renderer = new DocumentRenderer(
            chromium,
            Options.Create(new DocumentsOptions { EmblemPath = AnalysisHtml.SharedEmblemPath }),
            Options.Create(new DatabaseOptions { DataDirectory = output }),
            new CodeBookStore(),
            NullLogger<DocumentRenderer>.Instance
        );
        // The pool warm and the emblem prepared, as in a running service: outside the clock.
        await Task.WhenAll(
            records.Take(options.Pages * 3).Select(r => renderer.RenderToFileAsync(r, CancellationToken.None))
        );
        var next = -1;
        var cpu = ProcessTreeCpu.Milliseconds();
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(
            Enumerable
                .Range(0, options.Pages)
                .Select(async _ =>
                {
                    while (Interlocked.Increment(ref next) < records.Count)
                        await renderer.RenderToFileAsync(records[next], CancellationToken.None);
                })
        );
        return (
            records.Count / clock.Elapsed.TotalSeconds,
            (ProcessTreeCpu.Milliseconds() - cpu) / records.Count,
            options.Pages
        );
    }

    /// <summary>The analysis documents the run recorded, as the service reads them (only what rendering uses).</summary>
    private static async Task<List<DocumentRecord>> AnalysisDocumentsAsync(string database, int count)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText =
            "SELECT Id, OrganisationCode, OrganisationName, FiscalYear, DataJson, DataHash, CreatedAtUtc "
            + "FROM Documents WHERE Kind = 'Analysis' ORDER BY CreatedAtUtc LIMIT $count";
        command.Parameters.AddWithValue("$count", count);
        var records = new List<DocumentRecord>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
            records.Add(
                new DocumentRecord
                {
                    Id = Guid.Parse(reader.GetString(0)),
                    Kind = DocumentKind.Analysis,
                    OrganisationCode = reader.GetString(1),
                    OrganisationName = reader.GetString(2),
                    FiscalYear = reader.GetInt32(3),
                    DataJson = reader.GetString(4),
                    DataHash = reader.GetString(5),
                    CreatedAtUtc = DateTime.SpecifyKind(reader.GetDateTime(6), DateTimeKind.Utc),
                }
            );
        return records;
    }
}
