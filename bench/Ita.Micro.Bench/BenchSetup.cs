using System.Diagnostics;
using System.Globalization;
using System.Security.Cryptography;
using Ita.Micro.ServiceDefaults.Security;
using Ita.Micro.Testing;
using Microsoft.Data.Sqlite;

namespace Ita.Micro.Bench;

/// <summary>What the national scenarios share: the generated data set, the services' environment, waiting on SQLite.</summary>
public static class BenchSetup
{
    /// <summary>Writes the national data set for a year (seed 42) into a new folder; returns the folder and the scores file.</summary>
    /// <param name="organisations">Fewer organisations than the nation's, for a quick check of a scenario; null for all.</param>
    public static async Task<(string Folder, string Scores, int Rows)> GenerateAsync(
        int year,
        int? organisations = null
    )
    {
        var folder = Directory.CreateTempSubdirectory("ita-bench-").FullName;
        var generator = Path.Combine(
            Repository.Root,
            "bench",
            "Ita.Micro.NationalData",
            "bin",
            Repository.BuildConfiguration,
            "net10.0",
            "Ita.Micro.NationalData.dll"
        );
        string[] size = organisations is { } count
            ? ["--organisations", count.ToString(CultureInfo.InvariantCulture)]
            : [];
        using (
            var generate = Process.Start(
                "dotnet",
                [generator, "--year", year.ToString(CultureInfo.InvariantCulture), "--out", folder, .. size]
            )
        )
            await generate.WaitForExitAsync();
        var scores = Path.Combine(folder, $"scores-{year}.csv");
        return (folder, scores, File.ReadLines(scores).Count() - 1);
    }

    /// <summary>The key the services trust in this bench process: a production host refuses the development key.</summary>
    private static readonly string SigningKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(48));

    /// <summary>A client of a service started with <see cref="Environment"/>, calling as a national administrator.</summary>
    public static HttpClient Client(ServiceProcess service) =>
        new HttpClient { BaseAddress = service.BaseAddress, Timeout = TimeSpan.FromMinutes(5) }.Authorize(
            TestTokens.For(ItaRoles.NationalAdmin, signingKey: SigningKey, lifetime: TimeSpan.FromHours(2))
        );

    /// <summary>A service's environment for a run: its data folder, the broker, production settings, quiet logs.</summary>
    public static Dictionary<string, string> Environment(RabbitMqBroker broker, string data) =>
        new(broker.EnvironmentVariables())
        {
            ["Database__DataDirectory"] = data,
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["Authentication__SigningKey"] = SigningKey,
            ["Logging__LogLevel__Default"] = "Warning",
        };

    public static async Task<HttpResponseMessage> PostFileAsync(HttpClient http, string path, string file)
    {
        using var form = new MultipartFormDataContent();
        await using var stream = File.OpenRead(file);
        form.Add(new StreamContent(stream), "file", Path.GetFileName(file));
        var response = await http.PostAsync(path, form);
        if (!response.IsSuccessStatusCode)
            throw new InvalidOperationException(
                $"{path}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}"
            );
        return response;
    }

    /// <summary>Done means published: every outbox row of the service's SQLite database is marked sent.</summary>
    public static async Task WaitOutboxDrainedAsync(string database)
    {
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM OutboxMessages WHERE SentAtUtc IS NULL";
        while ((long)(await command.ExecuteScalarAsync())! > 0)
            await Task.Delay(50);
    }

    /// <summary>One number from a service's SQLite file, read-only while it writes (0 before the file exists).</summary>
    public static async Task<long> CountAsync(string database, string query)
    {
        if (!File.Exists(database))
            return 0;
        await using var connection = new SqliteConnection($"Data Source={database};Mode=ReadOnly;Default Timeout=5");
        await connection.OpenAsync();
        var command = connection.CreateCommand();
        command.CommandText = query;
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
