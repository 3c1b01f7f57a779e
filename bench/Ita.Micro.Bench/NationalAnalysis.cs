using System.Diagnostics;
using Ita.Micro.Testing;
using Microsoft.Data.Sqlite;

namespace Ita.Micro.Bench;

/// <summary>
/// Issue 4's target: a national year (7,852 organisations) analysed within 15 s of the import being accepted, on 2
/// cores. score-ingestion and analysis run as processes on one private broker; each run starts both on fresh
/// databases and is timed from the POST of the scores file until the analysis database holds one analysis per row
/// and its outbox has published every AssessmentAnalysed.
/// </summary>
public static class NationalAnalysis
{
    public static async Task<int> RunAsync(int year, int runs)
    {
        var (folder, scores, rows) = await BenchSetup.GenerateAsync(year);
        Console.WriteLine($"national file: {rows} rows, {new FileInfo(scores).Length / 1024.0 / 1024:0.0} MB");

        await using var broker = await RabbitMqBroker.StartAsync();
        var results = new List<(double Seconds, long PeakBytes)>();
        for (var run = 1; run <= runs; run++)
        {
            // A virtual host per run would need the management API; fresh data folders suffice because the queues
            // are drained at the end of every run (each run waits for every analysis).
            var data = Path.Combine(folder, $"run-{run}");
            await using var ingestion = ServiceProcess.Start("score-ingestion", "services/Ita.Micro.ScoreIngestion", BenchSetup.Environment(broker, data));
            await using var analysis = ServiceProcess.Start("analysis", "services/Ita.Micro.Analysis", BenchSetup.Environment(broker, data));
            await Task.WhenAll(ingestion.WaitHealthyAsync(TimeSpan.FromSeconds(60)), analysis.WaitHealthyAsync(TimeSpan.FromSeconds(60)));
            using var http = new HttpClient { BaseAddress = ingestion.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await BenchSetup.PostFileAsync(http, "/api/organisations", Path.Combine(folder, "organisations.csv"));

            var clock = Stopwatch.StartNew();
            await BenchSetup.PostFileAsync(http, "/api/imports", scores);
            var database = Path.Combine(data, "analysis.db");
            await WaitAnalysedAsync(database, rows, analysis, TimeSpan.FromMinutes(10));
            await BenchSetup.WaitOutboxDrainedAsync(database);
            clock.Stop();

            var peak = ProcessMemory.PeakBytes(analysis.ProcessId);
            results.Add((clock.Elapsed.TotalSeconds, peak));
            Console.WriteLine($"run {run}: {rows} analysed and published in {clock.Elapsed.TotalSeconds:0.00} s " +
                              $"({rows / clock.Elapsed.TotalSeconds:0} analyses/s), analysis peak {peak / 1024.0 / 1024:0} MB");
        }
        var median = results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2);
        Console.WriteLine($"median: {median.Seconds:0.00} s ({rows / median.Seconds:0} analyses/s); highest analysis peak " +
                          $"{results.Max(r => r.PeakBytes) / 1024.0 / 1024:0} MB (target: < 15 s)");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    /// <summary>Polls the analysis database until it holds <paramref name="expected"/> analyses.</summary>
    private static async Task WaitAnalysedAsync(string database, int expected, ServiceProcess analysis, TimeSpan timeout)
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
                throw new TimeoutException($"analysis did not finish in {timeout.TotalMinutes} min:\n{analysis.Output}");
            await Task.Delay(50);
        }
    }

}
