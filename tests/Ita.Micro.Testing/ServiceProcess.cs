using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace Ita.Micro.Testing;

/// <summary>
/// One Ita.Micro web app started as it runs in production: its own process (`dotnet X.dll`), configured only by
/// environment variables, listening on 127.0.0.1. Its output is kept for the test's failure message.
/// </summary>
public sealed class ServiceProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly string _project;
    private readonly IReadOnlyDictionary<string, string> _environment;
    private bool _disposed;

    private ServiceProcess(
        string name,
        string project,
        IReadOnlyDictionary<string, string> environment,
        int port,
        Process process
    )
    {
        Name = name;
        Port = port;
        _project = project;
        _environment = environment;
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    /// <summary>The four services as <see cref="Start"/> takes them: name and project folder.</summary>
    public static readonly IReadOnlyList<(string Name, string Project)> Services =
    [
        ("score-ingestion", "services/Ita.Micro.ScoreIngestion"),
        ("analysis", "services/Ita.Micro.Analysis"),
        ("measure-tracking", "services/Ita.Micro.MeasureTracking"),
        ("document-rendering", "services/Ita.Micro.DocumentRendering"),
    ];

    public string Name { get; }
    public int Port { get; }
    public int ProcessId => _process.Id;

    /// <summary>Whether the process has ended (crashed, or was stopped).</summary>
    public bool HasExited => _process.HasExited;
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the process has written so far (its logs).</summary>
    public string Output
    {
        get
        {
            lock (_output)
                return _output.ToString();
        }
    }

    /// <param name="project">The project folder below the repository, e.g. services/Ita.Micro.Analysis.</param>
    /// <param name="port">A port chosen beforehand (<see cref="FreePort.Next"/>), for two processes that must know each other's address.</param>
    public static ServiceProcess Start(
        string name,
        string project,
        IReadOnlyDictionary<string, string> environment,
        int? port = null
    )
    {
        var assembly = Path.GetFileName(project);
        var folder = Path.Combine(Repository.Root, project);
        var dll = Path.Combine(folder, "bin", Repository.BuildConfiguration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll))
            throw new FileNotFoundException($"{dll} is not built; build the solution first.", dll);

        port ??= FreePort.Next();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.Environment["ASPNETCORE_URLS"] = $"http://127.0.0.1:{port}";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        foreach (var (key, value) in environment)
            start.Environment[key] = value;
        return new ServiceProcess(name, project, environment, port.Value, Process.Start(start)!);
    }

    /// <summary>
    /// Kills the process and its children with SIGKILL (nothing it was doing finishes), then starts the same app again
    /// on the same port, settings and data; returns the new process once healthy.
    /// </summary>
    public async Task<ServiceProcess> KillAndRestartAsync()
    {
        await DisposeAsync();
        return await StartAgainAsync();
    }

    /// <summary>
    /// Stops the process with SIGTERM, as an orchestrator does, and starts the same app again once it has exited
    /// (see <see cref="TerminateAsync"/>); returns the stopped process's exit code and the new process, healthy.
    /// </summary>
    public async Task<(int ExitCode, ServiceProcess Restarted)> TerminateAndRestartAsync(TimeSpan patience)
    {
        var exitCode = await TerminateAsync(patience);
        await DisposeAsync();
        return (exitCode, await StartAgainAsync());
    }

    private async Task<ServiceProcess> StartAgainAsync()
    {
        var restarted = Start(Name, _project, _environment, Port);
        try
        {
            await restarted.WaitHealthyAsync();
            return restarted;
        }
        catch
        {
            await restarted.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// How long a service may take to become healthy: a few seconds on a quiet machine, but a CI machine running
    /// several test assemblies (and their brokers and browsers) at once has been seen to need well over 90 s.
    /// </summary>
    public static readonly TimeSpan StartPatience = TimeSpan.FromSeconds(240);

    /// <summary>Waits until /health answers 200 (database migrated, bus connected), by default for <see cref="StartPatience"/>.</summary>
    public async Task WaitHealthyAsync(TimeSpan? patience = null)
    {
        var timeout = patience ?? StartPatience;
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        await Eventually.HoldsAsync(
            async () =>
            {
                if (_process.HasExited)
                    throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
                try
                {
                    return (await http.GetAsync("health")).IsSuccessStatusCode;
                }
                catch (HttpRequestException)
                {
                    return false; /* not listening yet */
                }
                catch (TaskCanceledException)
                {
                    return false; /* busy starting */
                }
            },
            timeout,
            $"{Name} healthy on /health",
            TimeSpan.FromMilliseconds(250),
            () => Output
        );
    }

    /// <summary>
    /// Asks the process to stop with SIGTERM, as an orchestrator does before it kills, and waits for it to exit;
    /// returns its exit code. Fails when it is still running after <paramref name="patience"/>.
    /// </summary>
    public async Task<int> TerminateAsync(TimeSpan patience)
    {
        using (
            var kill = Process.Start(
                new ProcessStartInfo("kill", ["-TERM", ProcessId.ToString(CultureInfo.InvariantCulture)])
                {
                    UseShellExecute = false,
                }
            )!
        )
            await kill.WaitForExitAsync();
        using var waiting = new CancellationTokenSource(patience);
        try
        {
            await _process.WaitForExitAsync(waiting.Token);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"{Name} was still running {patience.TotalSeconds} s after SIGTERM:\n{Output}");
        }
        return _process.ExitCode;
    }

    public async ValueTask DisposeAsync()
    {
        // Once by a restart, again by the fixture that held it.
        if (_disposed)
            return;
        _disposed = true;
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
            return;
        lock (_output)
            _output.AppendLine(line);
    }
}
