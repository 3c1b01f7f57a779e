using System.Diagnostics;
using Ita.Micro.Testing;
using Microsoft.Data.Sqlite;

namespace Ita.Micro.Bench;

/// <summary>
/// Issue 4's target: a national year (7,852 organisations) analysed within 15 s of the import being accepted, on 2
/// cores. score-ingestion and analysis run as processes on one private broker; each run starts both on fresh
/// databases and is timed from the POST of the scores file until the analysis database holds one analysis per row
/// and its outbox has published every AssessmentAnalysed. Besides wall time, each run reports the CPU seconds the
/// analysis service, score-ingestion and the broker spent on it, which other work on the machine does not inflate.
/// </summary>
public static class NationalAnalysis
{
    private const string Current = "services/Ita.Micro.Analysis";

    /// <param name="baseline">
    /// Another build of the analysis service (a folder holding appsettings.json and bin/Release/net10.0), run
    /// alternately with this one in every run, so both meet the same load on a shared machine.
    /// </param>
    public static async Task<int> RunAsync(int year, int runs, string? baseline)
    {
        var (folder, scores, rows) = await BenchSetup.GenerateAsync(year);
        Console.WriteLine($"national file: {rows} rows, {new FileInfo(scores).Length / 1024.0 / 1024:0.0} MB");
        string[] variants = baseline is null ? [Current] : [Path.GetFullPath(baseline), Current];

        await using var broker = await RabbitMqBroker.StartAsync();
        var brokerPid = ProcessCpu.BrokerProcess(broker.Port);
        var results = variants.ToDictionary(v => v, _ => new List<RunResult>());
        for (var run = 1; run <= runs; run++)
        {
            for (var v = 0; v < variants.Length; v++)
            {
                var data = Path.Combine(folder, $"run-{run}-{v}");
                var result = await RunOnceAsync(broker, brokerPid, variants[v], data, folder, scores, rows);
                results[variants[v]].Add(result);
                Console.WriteLine(
                    $"run {run} {Name(variants[v])}: {rows} analysed and published in {result.Seconds:0.00} s "
                        + $"({rows / result.Seconds:0} analyses/s), analysis peak {result.PeakBytes / 1024.0 / 1024:0} MB, "
                        + $"CPU s: analysis {result.AnalysisCpu:0.00}, broker {Cpu(result.BrokerCpu)}, "
                        + $"score-ingestion {result.IngestionCpu:0.00}"
                );
            }
        }
        foreach (var (variant, list) in results)
        {
            double Median(Func<RunResult, double> f) => list.Select(f).OrderBy(x => x).ElementAt(list.Count / 2);
            var brokerCpu = list.All(r => r.BrokerCpu is not null) ? Median(r => r.BrokerCpu!.Value) : (double?)null;
            Console.WriteLine(
                $"median {Name(variant)}: {Median(r => r.Seconds):0.00} s ({rows / Median(r => r.Seconds):0} analyses/s); "
                    + $"CPU s: analysis {Median(r => r.AnalysisCpu):0.00}, broker {Cpu(brokerCpu)}, "
                    + $"score-ingestion {Median(r => r.IngestionCpu):0.00}; highest analysis peak "
                    + $"{list.Max(r => r.PeakBytes) / 1024.0 / 1024:0} MB (target: < 15 s)"
            );
        }
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static async Task<RunResult> RunOnceAsync(
        RabbitMqBroker broker,
        int? brokerPid,
        string project,
        string data,
        string folder,
        string scores,
        int rows
    )
    {
        // A virtual host per run would need the management API; fresh data folders suffice because the queues
        // are drained at the end of every run (each run waits for every analysis).
        await using var ingestion = ServiceProcess.Start(
            "score-ingestion",
            "services/Ita.Micro.ScoreIngestion",
            BenchSetup.Environment(broker, data)
        );
        await using var analysis = ServiceProcess.Start("analysis", project, BenchSetup.Environment(broker, data));
        await Task.WhenAll(
            ingestion.WaitHealthyAsync(TimeSpan.FromSeconds(60)),
            analysis.WaitHealthyAsync(TimeSpan.FromSeconds(60))
        );
        using var http = BenchSetup.Client(ingestion);
        await BenchSetup.PostFileAsync(http, "/api/organisations", Path.Combine(folder, "organisations.csv"));

        var analysisCpu = ProcessCpu.Seconds(analysis.ProcessId);
        var ingestionCpu = ProcessCpu.Seconds(ingestion.ProcessId);
        var brokerCpu = brokerPid is { } pid ? ProcessCpu.Seconds(pid) : (double?)null;
        var clock = Stopwatch.StartNew();
        await BenchSetup.PostFileAsync(http, "/api/imports", scores);
        var database = Path.Combine(data, "analysis.db");
        await WaitAnalysedAsync(database, rows, analysis, TimeSpan.FromMinutes(10));
        await BenchSetup.WaitOutboxDrainedAsync(database);
        clock.Stop();

        return new RunResult(
            clock.Elapsed.TotalSeconds,
            ProcessMemory.PeakBytes(analysis.ProcessId),
            ProcessCpu.Seconds(analysis.ProcessId) - analysisCpu,
            ProcessCpu.Seconds(ingestion.ProcessId) - ingestionCpu,
            brokerPid is { } p ? ProcessCpu.Seconds(p) - brokerCpu : null
        );
    }

    private static string Name(string variant) => variant == Current ? "current" : $"baseline ({variant})";

    private static string Cpu(double? seconds) => seconds is { } s ? $"{s:0.00}" : "n/a";

    /// <summary>Polls the analysis database until it holds <paramref name="expected"/> analyses.</summary>
    private static async Task WaitAnalysedAsync(
        string database,
        int expected,
        ServiceProcess analysis,
        TimeSpan timeout
    )
    {
        var deadline = DateTime.UtcNow + timeout;
        // The service creates its database on start; the file exists once it is healthy.
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM Analyses";
        while ((long)(await command.ExecuteScalarAsync())! < expected)
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException(
                    $"analysis did not finish in {timeout.TotalMinutes} min:\n{analysis.Output}"
                );
            await Task.Delay(50);
        }
    }
}
