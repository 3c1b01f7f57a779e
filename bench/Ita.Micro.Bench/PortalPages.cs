using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ita.Micro.Bench;

/// <summary>
/// portal-pages: against a running system (`./ita up`, then `./ita national 2568`), signs in N officers of N
/// organisations of the national data set through the portal's development sign-in, then requests every main page
/// of each session through the gateway, several rounds, a few sessions at a time. Reports each page's server time
/// (time to the whole answer) p50 / p95 / max, and the portal process's resident memory with every session signed in.
/// The plan and progress pages are interactive: their answer is the page shell, their data comes over the circuit.
/// </summary>
public static partial class PortalPages
{
    private static readonly string[] Pages = ["/", "/analysis", "/documents", "/plan", "/progress"];

    public static async Task<int> RunAsync(
        string gateway,
        int portalPid,
        int sessions,
        int rounds,
        int parallel,
        int year
    )
    {
        var baseAddress = new Uri(gateway);
        using var anonymous = new HttpClient { BaseAddress = baseAddress };
        var token = (
            await (
                await anonymous.PostAsync("/dev/token?role=national-admin&sub=bench-portal", null)
            ).Content.ReadFromJsonAsync<JsonElement>()
        )
            .GetProperty("token")
            .GetString();
        using var admin = new HttpClient { BaseAddress = baseAddress };
        admin.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var page = await admin.GetFromJsonAsync<JsonElement>(
            $"/api/analyses?year={year}&pageSize={Math.Min(200, sessions)}"
        );
        var organisations = page.GetProperty("items")
            .EnumerateArray()
            .Select(a => a.GetProperty("organisationCode").GetString()!)
            .Take(sessions)
            .ToList();
        if (organisations.Count < sessions)
            throw new InvalidOperationException(
                $"Only {organisations.Count} organisations analysed for {year}: run ./ita national {year} first."
            );

        Console.WriteLine($"Signing in {sessions} officers through {gateway} …");
        var clients = new List<HttpClient>();
        foreach (var organisation in organisations)
            clients.Add(await SignInAsync(baseAddress, organisation));
        var rssSignedIn = ResidentBytes(portalPid);

        var times = Pages.ToDictionary(p => p, _ => new List<double>());
        // One warm-up round (first requests compile the pages), not counted.
        await ForEachAsync(clients, parallel, async client =>
        {
            foreach (var path in Pages)
                await TimeAsync(client, path);
        });
        for (var round = 0; round < rounds; round++)
        {
            await ForEachAsync(clients, parallel, async client =>
            {
                foreach (var path in Pages)
                {
                    var elapsed = await TimeAsync(client, path);
                    lock (times)
                        times[path].Add(elapsed);
                }
            });
        }
        var rssAfter = ResidentBytes(portalPid);

        Console.WriteLine($"| page | requests | p50 | p95 | max |");
        Console.WriteLine($"|---|---|---|---|---|");
        foreach (var (path, list) in times)
        {
            list.Sort();
            Console.WriteLine(
                $"| `{path}` | {list.Count} | {Percentiles.Of(list, 50):0} ms | {Percentiles.Of(list, 95):0} ms | {list[^1]:0} ms |"
            );
        }
        Console.WriteLine(
            $"portal RSS with {sessions} sessions signed in: {rssSignedIn / 1048576.0:0} MB; after {rounds} rounds: "
                + $"{rssAfter / 1048576.0:0} MB; peak (VmHWM) {ProcessMemory.PeakBytes(portalPid) / 1048576.0:0} MB"
        );
        foreach (var client in clients)
            client.Dispose();
        return 0;
    }

    /// <summary>The development sign-in form, as a browser posts it (with its antiforgery token), keeping the session cookie.</summary>
    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string organisation)
    {
        var client = new HttpClient(
            new HttpClientHandler { CookieContainer = new CookieContainer(), AllowAutoRedirect = false }
        )
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(60),
        };
        var form = await client.GetStringAsync("/signin");
        var antiforgery = AntiforgeryField().Match(form).Groups[1].Value;
        using var answer = await client.PostAsync(
            "/account/dev-sign-in",
            new FormUrlEncodedContent(
                new Dictionary<string, string>
                {
                    ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
                    ["role"] = "officer",
                    ["org"] = organisation,
                    ["sub"] = $"bench-officer-{organisation}",
                    ["returnUrl"] = "/",
                }
            )
        );
        if (answer.StatusCode != HttpStatusCode.Redirect || answer.Headers.Location?.OriginalString != "/")
            throw new InvalidOperationException(
                $"Signing in as the officer of {organisation} answered {(int)answer.StatusCode} {answer.Headers.Location}."
            );
        return client;
    }

    private static async Task<double> TimeAsync(HttpClient client, string path)
    {
        var watch = Stopwatch.StartNew();
        using var response = await client.GetAsync(path);
        await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException($"{path} answered {(int)response.StatusCode}.");
        return watch.Elapsed.TotalMilliseconds;
    }

    private static Task ForEachAsync<T>(IEnumerable<T> items, int parallel, Func<T, Task> body) =>
        Parallel.ForEachAsync(items, new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (item, _) =>
            await body(item)
        );

    private static long ResidentBytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(l => l.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(l => long.Parse(l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024)
            .Single();

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
