using Microsoft.Extensions.Hosting;

namespace Ita.Micro.ServiceDefaults.Telemetry;

/// <summary>Creates the telemetry providers when the host starts, before the first request or message.</summary>
internal sealed class TelemetryActivation(TelemetryProviders providers) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        GC.KeepAlive(providers);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
