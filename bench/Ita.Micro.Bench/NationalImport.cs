using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Ita.Micro.Testing;

namespace Ita.Micro.Bench;

/// <summary>
/// Issue 3's target: a national score file (7,852 organisations, every item of the year) accepted through the HTTP
/// path and every AssessmentRecorded published, in under 10 s on 2 cores, with score-ingestion under 300 MB.
/// Timed from the POST to the last outbox message marked sent; each run on a fresh database.
/// </summary>
public static class NationalImport
{
    public static async Task<int> RunAsync(int year, int runs)
    {
        var (folder, scores, rows) = await BenchSetup.GenerateAsync(year);
        Console.WriteLine(
            $"national file: {rows} rows, {new FileInfo(scores).Length / 1024.0 / 1024:0.0} MB, "
                + $"{File.ReadLines(scores).First().Split(',').Length} columns"
        );

        await using var broker = await RabbitMqBroker.StartAsync();
        var results = new List<(double Seconds, long PeakBytes)>();
        for (var run = 1; run <= runs; run++)
        {
            var data = Path.Combine(folder, $"run-{run}");
            await using var service = ServiceProcess.Start(
                "score-ingestion",
                "services/Ita.Micro.ScoreIngestion",
                BenchSetup.Environment(broker, data)
            );
            await service.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            using var http = BenchSetup.Client(service);
            await BenchSetup.PostFileAsync(http, "/api/organisations", Path.Combine(folder, "organisations.csv"));

            var clock = Stopwatch.StartNew();
            var accepted = await BenchSetup.PostFileAsync(http, "/api/imports", scores);
            var location = accepted.Headers.Location!.PathAndQuery;
            JsonElement import;
            do
            {
                await Task.Delay(50);
                import = await http.GetFromJsonAsync<JsonElement>(location);
            } while (import.GetProperty("status").GetString() is "Queued" or "Running");
            await BenchSetup.WaitOutboxDrainedAsync(Path.Combine(data, "score-ingestion.db"));
            clock.Stop();

            var recorded = import.GetProperty("recorded").GetInt32();
            var peak = ProcessMemory.PeakBytes(service.ProcessId);
            results.Add((clock.Elapsed.TotalSeconds, peak));
            Console.WriteLine(
                $"run {run}: {recorded} recorded, {import.GetProperty("rejected").GetInt32()} rejected in "
                    + $"{clock.Elapsed.TotalSeconds:0.00} s ({recorded / clock.Elapsed.TotalSeconds:0} rows/s), "
                    + $"score-ingestion peak {peak / 1024.0 / 1024:0} MB"
            );
        }
        var median = results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2);
        Console.WriteLine(
            $"median: {median.Seconds:0.00} s ({rows / median.Seconds:0} rows/s); highest peak "
                + $"{results.Max(r => r.PeakBytes) / 1024.0 / 1024:0} MB (targets: < 10 s, < 300 MB)"
        );
        Directory.Delete(folder, recursive: true);
        return 0;
    }
}
