using System.Collections.Concurrent;
using Ita.Micro.Testing;

namespace Ita.Micro.Bench;

/// <summary>
/// The four services of a results-day run as processes on one environment (broker, data folder, keys), each of
/// which can be killed or stopped and started again on its own port and data, as the fault scenario does.
/// </summary>
public sealed class RunningServices : IAsyncDisposable
{
    private readonly ConcurrentDictionary<string, ServiceProcess> _processes = new();
    private readonly IReadOnlyDictionary<string, string> _environment;

    private RunningServices(IReadOnlyDictionary<string, string> environment) => _environment = environment;

    /// <summary>Starts every service and returns once all answer /health.</summary>
    public static async Task<RunningServices> StartAsync(IReadOnlyDictionary<string, string> environment)
    {
        var services = new RunningServices(environment);
        foreach (var (name, project) in ServiceProcess.Services)
            services._processes[name] = ServiceProcess.Start(name, project, environment);
        await Task.WhenAll(services._processes.Values.Select(p => p.WaitHealthyAsync(TimeSpan.FromSeconds(120))));
        return services;
    }

    public ServiceProcess this[string name] => _processes[name];

    public IReadOnlyDictionary<string, ServiceProcess> Processes => _processes;

    /// <summary>SIGKILL to the service and its children (document rendering's Chromium), then started again, healthy.</summary>
    public async Task KillAndRestartAsync(string name) =>
        _processes[name] = await _processes[name].KillAndRestartAsync();

    /// <summary>SIGTERM, as an orchestrator stops a pod, then started again, healthy; returns the exit code.</summary>
    public async Task<int> TerminateAndRestartAsync(string name)
    {
        var (exitCode, restarted) = await _processes[name].TerminateAndRestartAsync(TimeSpan.FromSeconds(60));
        _processes[name] = restarted;
        return exitCode;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var process in _processes.Values)
            await process.DisposeAsync();
    }
}
