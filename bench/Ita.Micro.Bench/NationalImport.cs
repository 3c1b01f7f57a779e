using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Ita.Micro.Testing;
using Microsoft.Data.Sqlite;

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
        var folder = Directory.CreateTempSubdirectory("ita-bench-").FullName;
        var generator = Path.Combine(Repository.Root, "bench", "Ita.Micro.NationalData", "bin", Repository.BuildConfiguration,
            "net10.0", "Ita.Micro.NationalData.dll");
        using (var generate = Process.Start("dotnet", [generator, "--year", year.ToString(), "--out", folder]))
            await generate.WaitForExitAsync();
        var scores = Path.Combine(folder, $"scores-{year}.csv");
        var rows = File.ReadLines(scores).Count() - 1;
        Console.WriteLine($"national file: {rows} rows, {new FileInfo(scores).Length / 1024.0 / 1024:0.0} MB, " +
                          $"{File.ReadLines(scores).First().Split(',').Length} columns");

        await using var broker = await RabbitMqBroker.StartAsync();
        var results = new List<(double Seconds, long PeakBytes)>();
        for (var run = 1; run <= runs; run++)
        {
            var data = Path.Combine(folder, $"run-{run}");
            await using var service = ServiceProcess.Start("score-ingestion", "services/Ita.Micro.ScoreIngestion", new Dictionary<string, string>
            {
                ["Database__DataDirectory"] = data,
                ["RabbitMq__Host"] = broker.Host,
                ["RabbitMq__Port"] = broker.Port.ToString(),
                ["RabbitMq__VirtualHost"] = broker.VirtualHost,
                ["RabbitMq__Username"] = broker.Username,
                ["RabbitMq__Password"] = broker.Password,
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Logging__LogLevel__Default"] = "Warning",
            });
            await service.WaitHealthyAsync(TimeSpan.FromSeconds(60));
            using var http = new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
            await PostFileAsync(http, "/api/organisations", Path.Combine(folder, "organisations.csv"));

            var clock = Stopwatch.StartNew();
            var accepted = await PostFileAsync(http, "/api/imports", scores);
            var location = accepted.Headers.Location!.PathAndQuery;
            JsonElement import;
            do
            {
                await Task.Delay(50);
                import = await http.GetFromJsonAsync<JsonElement>(location);
            } while (import.GetProperty("status").GetString() is "Queued" or "Running");
            await WaitOutboxDrainedAsync(Path.Combine(data, "score-ingestion.db"));
            clock.Stop();

            var recorded = import.GetProperty("recorded").GetInt32();
            var peak = ProcessMemory.PeakBytes(service.ProcessId);
            results.Add((clock.Elapsed.TotalSeconds, peak));
            Console.WriteLine($"run {run}: {recorded} recorded, {import.GetProperty("rejected").GetInt32()} rejected in " +
                              $"{clock.Elapsed.TotalSeconds:0.00} s ({recorded / clock.Elapsed.TotalSeconds:0} rows/s), " +
                              $"score-ingestion peak {peak / 1024.0 / 1024:0} MB");
        }
        var median = results.OrderBy(r => r.Seconds).ElementAt(results.Count / 2);
        Console.WriteLine($"median: {median.Seconds:0.00} s ({rows / median.Seconds:0} rows/s); highest peak " +
                          $"{results.Max(r => r.PeakBytes) / 1024.0 / 1024:0} MB (targets: < 10 s, < 300 MB)");
        Directory.Delete(folder, recursive: true);
        return 0;
    }

    internal static async Task<HttpResponseMessage> PostFileAsync(HttpClient http, string path, string file)
    {
        using var form = new MultipartFormDataContent();
        await using var stream = File.OpenRead(file);
        form.Add(new StreamContent(stream), "file", Path.GetFileName(file));
        var response = await http.PostAsync(path, form);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException($"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return response;
    }

    /// <summary>Done means published: every outbox row written by the import is marked sent.</summary>
    private static async Task WaitOutboxDrainedAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE SentAtUtc IS NULL";
        while ((long)(await command.ExecuteScalarAsync())! > 0) await Task.Delay(50);
    }
}
