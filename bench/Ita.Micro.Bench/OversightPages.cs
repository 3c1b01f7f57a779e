using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Ita.Micro.Bench;

/// <summary>
/// oversight-pages: against a running system loaded with a national year (`./ita up`, then `./ita national 2568`),
/// signs in a national admin and a province overseer through the portal's development sign-in and requests the
/// dashboards and the organisations table through the gateway (sorted, filtered, a deep page), a few requests at a
/// time, several rounds; then the APIs behind them with a token. Reports each address's server time (time to the whole
/// answer) p50 / p95 / max against the issue's 500 ms.
/// </summary>
public static partial class OversightPages
{
    public const double TargetMs = 500;

    public static async Task<int> RunAsync(string gateway, int year, int rounds, int parallel)
    {
        var baseAddress = new Uri(gateway);
        using var anonymous = new HttpClient { BaseAddress = baseAddress };
        var token = (
            await (
                await anonymous.PostAsync("/dev/token?role=national-admin&sub=bench-oversight", null)
            ).Content.ReadFromJsonAsync<JsonElement>()
        )
            .GetProperty("token")
            .GetString();
        using var api = new HttpClient { BaseAddress = baseAddress, Timeout = TimeSpan.FromSeconds(60) };
        api.DefaultRequestHeaders.Authorization = new("Bearer", token);

        // The largest province and its largest district: the heaviest province page and district filter.
        var statistics = await api.GetFromJsonAsync<JsonElement>($"/api/statistics/{year}");
        var (province, count) = statistics
            .GetProperty("provinces")
            .EnumerateArray()
            .Select(p => (Name: p.GetProperty("name").GetString()!, Count: p.GetProperty("count").GetInt32()))
            .MaxBy(p => p.Count);
        if (count == 0)
            throw new InvalidOperationException($"Nothing analysed for {year}: run ./ita national {year} first.");
        var districts = await api.GetFromJsonAsync<JsonElement>(
            $"/api/statistics/{year}/districts?province={Uri.EscapeDataString(province)}"
        );
        var district = districts
            .EnumerateArray()
            .MaxBy(d => d.GetProperty("count").GetInt32())
            .GetProperty("district")
            .GetString()!;
        var total = statistics.GetProperty("national").EnumerateArray().First().GetProperty("count").GetInt32();
        Console.WriteLine(
            $"FY {year}: {total} organisations analysed; {province} has {count}, its district {district} the most."
        );

        var p = Uri.EscapeDataString(province);
        var d = Uri.EscapeDataString(district);
        var admin = await SignInAsync(baseAddress, "national-admin", null);
        var overseer = await SignInAsync(baseAddress, "province-overseer", province);
        (string Name, HttpClient Client, string Path)[] requests =
        [
            ("page: national dashboard", admin, $"/oversight?year={year}"),
            ("page: province dashboard (overseer)", overseer, $"/oversight?year={year}"),
            ("page: organisations, nation, first page", admin, $"/organisations?year={year}"),
            (
                "page: organisations, nation, by total, page 40",
                admin,
                $"/organisations?year={year}&sort=total&desc=true&page=40"
            ),
            (
                "page: organisations, a rating and a score range",
                admin,
                $"/organisations?year={year}&rating=undetermined&min=50&max=90&sort=name"
            ),
            ("page: organisations, no plan (plan filter)", admin, $"/organisations?year={year}&plan=none"),
            (
                "page: organisations, province + district (overseer)",
                overseer,
                $"/organisations?year={year}&district={d}&sort=total"
            ),
            ("api: overview, nation", api, $"/api/statistics/{year}/overview"),
            ("api: overview, province", api, $"/api/statistics/{year}/overview?province={p}"),
            (
                "api: analyses, nation, by total, page 40",
                api,
                $"/api/analyses?year={year}&sort=total&descending=true&page=40"
            ),
            ("api: analyses, province + district", api, $"/api/analyses?year={year}&province={p}&district={d}"),
            ("api: plans oversight, nation", api, $"/api/plans/oversight?fiscalYear={year + 1}"),
        ];

        var times = requests.ToDictionary(r => r.Name, _ => new List<double>());
        foreach (var r in requests)
            await TimeAsync(r.Client, r.Path); // warm-up: first requests compile pages and queries
        for (var round = 0; round < rounds; round++)
            await Parallel.ForEachAsync(
                requests,
                new ParallelOptions { MaxDegreeOfParallelism = parallel },
                async (r, _) =>
                {
                    var elapsed = await TimeAsync(r.Client, r.Path);
                    lock (times)
                        times[r.Name].Add(elapsed);
                }
            );

        Console.WriteLine($"| request | n | p50 | p95 | max | ≤ {TargetMs:0} ms |");
        Console.WriteLine("|---|---|---|---|---|---|");
        foreach (var (name, list) in times)
        {
            list.Sort();
            var p95 = Percentiles.Of(list, 95);
            Console.WriteLine(
                $"| {name} | {list.Count} | {Percentiles.Of(list, 50):0} ms | {p95:0} ms | {list[^1]:0} ms | {(p95 <= TargetMs ? "met" : "missed")} |"
            );
        }
        Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
        admin.Dispose();
        overseer.Dispose();
        return 0;
    }

    /// <summary>The development sign-in form, as a browser posts it (with its antiforgery token), keeping the session cookie.</summary>
    private static async Task<HttpClient> SignInAsync(Uri baseAddress, string role, string? province)
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
        var fields = new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(antiforgery),
            ["role"] = role,
            ["org"] = "",
            ["sub"] = $"bench-{role}",
            ["returnUrl"] = "/",
        };
        if (province is not null)
            fields["province"] = province;
        using var answer = await client.PostAsync("/account/dev-sign-in", new FormUrlEncodedContent(fields));
        if (answer.StatusCode != HttpStatusCode.Redirect)
            throw new InvalidOperationException($"Signing in as {role} answered {(int)answer.StatusCode}.");
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

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
