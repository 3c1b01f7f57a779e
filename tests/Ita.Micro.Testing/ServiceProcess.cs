using System.Diagnostics;
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

    private ServiceProcess(string name, int port, Process process)
    {
        Name = name;
        Port = port;
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Name { get; }
    public int Port { get; }
    public int ProcessId => _process.Id;
    public Uri BaseAddress => new($"http://127.0.0.1:{Port}/");

    /// <summary>What the process has written so far (its logs).</summary>
    public string Output { get { lock (_output) return _output.ToString(); } }

    /// <param name="project">The project folder below the repository, e.g. services/Ita.Micro.Analysis.</param>
    /// <param name="port">A port chosen beforehand (<see cref="FreePort.Next"/>), for two processes that must know each other's address.</param>
    public static ServiceProcess Start(string name, string project, IReadOnlyDictionary<string, string> environment, int? port = null)
    {
        var assembly = Path.GetFileName(project);
        var folder = Path.Combine(Repository.Root, project);
        var dll = Path.Combine(folder, "bin", Repository.BuildConfiguration, "net10.0", assembly + ".dll");
        if (!File.Exists(dll)) throw new FileNotFoundException($"{dll} is not built; build the solution first.", dll);

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
        foreach (var (key, value) in environment) start.Environment[key] = value;
        return new ServiceProcess(name, port.Value, Process.Start(start)!);
    }

    /// <summary>Waits until /health answers 200 (database migrated, bus connected).</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout)
    {
        using var http = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"{Name} exited with {_process.ExitCode}:\n{Output}");
            try
            {
                if ((await http.GetAsync("health")).IsSuccessStatusCode) return;
            }
            catch (HttpRequestException) { /* not listening yet */ }
            catch (TaskCanceledException) { /* busy starting */ }
            await Task.Delay(250);
        }
        throw new TimeoutException($"{Name} was not healthy after {timeout.TotalSeconds} s:\n{Output}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null) return;
        lock (_output) _output.AppendLine(line);
    }
}
