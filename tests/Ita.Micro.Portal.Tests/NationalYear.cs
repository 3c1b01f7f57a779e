using System.Diagnostics;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Ita.Micro.Testing;

namespace Ita.Micro.Portal.Tests;

/// <summary>
/// A generated national year (bench/Ita.Micro.NationalData, seed 42: 7,852 organisations of every type in every
/// province with their item scores), loaded as an integration loads one: the registry and the score file uploaded
/// through the gateway, then analysed and planned by the services. The overseers' tests read these numbers.
/// </summary>
public static class NationalYear
{
    public const int FiscalYear = 2568;

    /// <summary>Analysing and drafting 7,852 plans on a shared 2-core machine takes minutes, not seconds.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromMinutes(12);

    /// <summary>Writes the registry and the scores into <paramref name="folder"/>; returns the number of organisations.</summary>
    public static async Task<int> GenerateAsync(string folder)
    {
        var dll = Path.Combine(
            Repository.Root,
            "bench",
            "Ita.Micro.NationalData",
            "bin",
            Repository.BuildConfiguration,
            "net10.0",
            "Ita.Micro.NationalData.dll"
        );
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{dll} is not built; build the solution first.", dll);
        using var process = Process.Start(
            new ProcessStartInfo("dotnet", [dll, "--year", $"{FiscalYear}", "--out", folder])
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            }
        )!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"The national data generator failed: {await errors}{await output}");
        return File.ReadLines(Path.Combine(folder, "organisations.csv")).Count() - 1;
    }

    /// <summary>
    /// Uploads the registry and the scores generated in <paramref name="folder"/>, and waits until the import has
    /// finished with every row recorded, every organisation of the year is analysed and every analysed one with item
    /// scores has its plan. <paramref name="alreadyAnalysed"/> and <paramref name="withoutPlan"/> count the
    /// organisations seeded before (the latter those with published totals only, which get no plan).
    /// </summary>
    public static async Task LoadAsync(
        HttpClient admin,
        string folder,
        int organisations,
        int alreadyAnalysed,
        int withoutPlan,
        Func<string> logs
    )
    {
        using (var registry = await UploadAsync(admin, "/api/organisations", Path.Combine(folder, "organisations.csv")))
            registry.EnsureSuccessStatusCode();
        using var scores = await UploadAsync(admin, "/api/imports", Path.Combine(folder, $"scores-{FiscalYear}.csv"));
        scores.EnsureSuccessStatusCode();
        var import = scores.Headers.Location
            ?? throw new InvalidOperationException("The score import gave no Location.");

        JsonElement state = default;
        await WaitAsync(
            async () =>
            {
                state = await admin.GetFromJsonAsync<JsonElement>(import);
                return state.GetProperty("status").GetString() is "Completed" or "Failed";
            },
            "the national score import to finish",
            logs
        );
        if (
            state.GetProperty("status").GetString() != "Completed"
            || state.GetProperty("recorded").GetInt32() != organisations
        )
            throw new InvalidOperationException($"The national score import did not record every row: {state}");

        var expected = alreadyAnalysed + organisations;
        await WaitAsync(
            async () =>
                (await admin.GetFromJsonAsync<JsonElement>($"/api/analyses?year={FiscalYear}&pageSize=1"))
                    .GetProperty("totalCount")
                    .GetInt32() == expected,
            $"{expected} analyses of {FiscalYear}",
            logs
        );
        await WaitAsync(
            async () =>
                (
                    await admin.GetFromJsonAsync<List<string>>(
                        $"/api/plans/organisation-codes?fiscalYear={FiscalYear + 1}"
                    )
                )!.Count
                == expected - withoutPlan,
            $"{expected - withoutPlan} plans for {FiscalYear + 1}",
            logs
        );
    }

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient admin, string path, string file)
    {
        // The registry is read and stored within its request: 7,852 rows on a machine the other test projects share
        // take longer than the 30 s the other calls are given.
        using var uploader = new HttpClient { BaseAddress = admin.BaseAddress, Timeout = TimeSpan.FromMinutes(5) };
        uploader.DefaultRequestHeaders.Authorization = admin.DefaultRequestHeaders.Authorization;
        using var form = new MultipartFormDataContent();
        var content = new StreamContent(File.OpenRead(file));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(content, "file", Path.GetFileName(file));
        return await uploader.PostAsync(path, form);
    }

    private static Task WaitAsync(Func<Task<bool>> condition, string what, Func<string> logs) =>
        Eventually.HoldsAsync(condition, Patience, what, TimeSpan.FromSeconds(2), logs);
}
