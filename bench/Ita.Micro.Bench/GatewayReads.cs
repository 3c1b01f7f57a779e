using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ita.Micro.Bench;

/// <summary>
/// gateway-reads: against a running system (`./ita up`), the same authenticated read of one service through the
/// gateway (token checked, per-user rate limiting on, YARP) and through nginx proxying to the same service (started
/// here from a generated configuration), side by side and alternated: first the most each carries with a fixed number
/// of requests in flight, then a steady 500 requests a second with each one's latency. The requests spread over many
/// development users, so the gateway's per-user limit (600 a minute) is on but not reached.
/// </summary>
public static class GatewayReads
{
    public const double TargetP99Ms = 20;

    public static async Task<int> RunAsync(
        string gateway,
        string service,
        string path,
        int users,
        int seconds,
        int rate,
        int inFlight
    )
    {
        var nginx = File.Exists("/usr/sbin/nginx")
            ? "/usr/sbin/nginx"
            : throw new InvalidOperationException("nginx is not installed: sudo apt-get install -y nginx-light");
        var gatewayUri = new Uri(gateway);
        var serviceUri = new Uri(service);
        var tokens = await TokensAsync(gatewayUri, users);
        var port = FreePort();
        var folder = Directory.CreateTempSubdirectory("ita-bench-nginx-").FullName;
        await File.WriteAllTextAsync(
            Path.Combine(folder, "nginx.conf"),
            $$"""
            worker_processes auto;
            error_log {{folder}}/error.log warn;
            pid {{folder}}/nginx.pid;
            events { worker_connections 1024; }
            http {
              access_log off;
              upstream service { server {{serviceUri.Host}}:{{serviceUri.Port}}; keepalive 64; }
              server {
                listen 127.0.0.1:{{port}};
                location / {
                  proxy_pass http://service;
                  proxy_http_version 1.1;
                  proxy_set_header Connection "";
                  proxy_set_header Host $host;
                }
              }
            }
            """
        );
        using var proxy = Process.Start(
            new ProcessStartInfo(nginx, ["-p", folder, "-c", Path.Combine(folder, "nginx.conf"), "-g", "daemon off;"])
            {
                RedirectStandardError = true,
            }
        ) ?? throw new InvalidOperationException("nginx did not start.");
        try
        {
            var nginxUri = new Uri($"http://127.0.0.1:{port}/");
            using var viaGateway = Client(gatewayUri, inFlight);
            using var viaNginx = Client(nginxUri, inFlight);
            await WaitAnsweringAsync(viaNginx, path, tokens[0]);
            Console.WriteLine(
                $"GET {path} with {users} users' tokens; {inFlight} in flight for {seconds} s, then {rate} requests/s for {seconds} s; each twice, alternated."
            );

            var throughput = new Dictionary<string, List<double>> { ["gateway"] = [], ["nginx"] = [] };
            var latencies = new Dictionary<string, List<double>> { ["gateway"] = [], ["nginx"] = [] };
            (string Name, HttpClient Client)[] ways = [("nginx", viaNginx), ("gateway", viaGateway)];
            foreach (var (_, client) in ways)
                await ClosedLoopAsync(client, path, tokens, inFlight, 3); // warm-up
            for (var turn = 0; turn < 2; turn++)
                foreach (var (name, client) in ways)
                    throughput[name].Add(await ClosedLoopAsync(client, path, tokens, inFlight, seconds));
            for (var turn = 0; turn < 2; turn++)
                foreach (var (name, client) in ways)
                    latencies[name].AddRange(await OpenLoopAsync(client, path, tokens, rate, seconds));

            Console.WriteLine("| via | requests/s (each run) | at " + rate + "/s: p50 | p99 | max |");
            Console.WriteLine("|---|---|---|---|---|");
            foreach (var (name, _) in ways)
            {
                var list = latencies[name];
                list.Sort();
                Console.WriteLine(
                    $"| {name} | {string.Join(" / ", throughput[name].Select(t => t.ToString("0")))} | {Percentiles.Of(list, 50):0.0} ms | {Percentiles.Of(list, 99):0.0} ms | {list[^1]:0.0} ms |"
                );
            }
            var ratio = throughput["gateway"].Average() / throughput["nginx"].Average();
            var p99 = Percentiles.Of(latencies["gateway"], 99);
            Console.WriteLine(
                $"gateway/nginx throughput: {ratio:0.00} (target ≥ 1: {(ratio >= 1 ? "met" : "missed")}); gateway p99 at {rate}/s: {p99:0.0} ms (target ≤ {TargetP99Ms:0} ms: {(p99 <= TargetP99Ms ? "met" : "missed")})"
            );
            Console.WriteLine($"load average: {File.ReadAllText("/proc/loadavg").Trim()}");
            return 0;
        }
        finally
        {
            proxy.Kill(entireProcessTree: true);
            await proxy.WaitForExitAsync();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Requests completed per second with <paramref name="inFlight"/> always outstanding; any answer but 200 fails the run.</summary>
    private static async Task<double> ClosedLoopAsync(
        HttpClient client,
        string path,
        string[] tokens,
        int inFlight,
        int seconds
    )
    {
        var done = 0;
        var clock = Stopwatch.StartNew();
        var until = TimeSpan.FromSeconds(seconds);
        await Task.WhenAll(
            Enumerable
                .Range(0, inFlight)
                .Select(async worker =>
                {
                    for (var i = worker; clock.Elapsed < until; i += inFlight)
                    {
                        await GetAsync(client, path, tokens[i % tokens.Length]);
                        Interlocked.Increment(ref done);
                    }
                })
        );
        return done / clock.Elapsed.TotalSeconds;
    }

    /// <summary>Each request's latency when they are started at a steady rate, whether or not the earlier ones have answered.</summary>
    private static async Task<List<double>> OpenLoopAsync(
        HttpClient client,
        string path,
        string[] tokens,
        int rate,
        int seconds
    )
    {
        var clock = Stopwatch.StartNew();
        var requests = new List<Task<double>>(rate * seconds);
        for (var i = 0; i < rate * seconds; i++)
        {
            var due = TimeSpan.FromSeconds((double)i / rate);
            if (due > clock.Elapsed)
                await Task.Delay(due - clock.Elapsed);
            var token = tokens[i % tokens.Length];
            requests.Add(
                Task.Run(async () =>
                {
                    var watch = Stopwatch.StartNew();
                    await GetAsync(client, path, token);
                    return watch.Elapsed.TotalMilliseconds;
                })
            );
        }
        return [.. await Task.WhenAll(requests)];
    }

    private static async Task GetAsync(HttpClient client, string path, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        await response.Content.CopyToAsync(Stream.Null);
        if (response.StatusCode != HttpStatusCode.OK)
            throw new InvalidOperationException(
                $"{client.BaseAddress}{path.TrimStart('/')} answered {(int)response.StatusCode}."
            );
    }

    private static async Task WaitAnsweringAsync(HttpClient client, string path, string token)
    {
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                await GetAsync(client, path, token);
                return;
            }
            catch (HttpRequestException) when (attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    private static async Task<string[]> TokensAsync(Uri gateway, int users)
    {
        using var anonymous = new HttpClient { BaseAddress = gateway };
        var tokens = new string[users];
        for (var i = 0; i < users; i++)
            tokens[i] = (
                await (
                    await anonymous.PostAsync($"/dev/token?role=national-admin&sub=bench-reads-{i}", null)
                ).Content.ReadFromJsonAsync<JsonElement>()
            )
                .GetProperty("token")
                .GetString()!;
        return tokens;
    }

    private static HttpClient Client(Uri baseAddress, int connections) =>
        new(
            new SocketsHttpHandler
            {
                MaxConnectionsPerServer = connections,
                PooledConnectionLifetime = TimeSpan.FromMinutes(10),
            }
        )
        {
            BaseAddress = baseAddress,
            Timeout = TimeSpan.FromSeconds(30),
        };

    private static int FreePort()
    {
        using var listener = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
