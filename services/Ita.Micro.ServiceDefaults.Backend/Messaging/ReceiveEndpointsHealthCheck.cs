using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Ita.Micro.ServiceDefaults.Messaging;

/// <summary>
/// Readiness of the service's consumers: unhealthy while any receive queue is not consumed by this process (its
/// endpoint not ready, or the broker listing no consumer on it), and before the first endpoint is ready. The details
/// name each queue with its state, waiting messages and error queue (count and oldest age), for the operator.
/// </summary>
public sealed class ReceiveEndpointsHealthCheck(ReceiveQueues queues) : IHealthCheck
{
    public const string Name = "receive-endpoints";

    public Task<HealthCheckResult> CheckHealthAsync(
        HealthCheckContext context,
        CancellationToken cancellationToken = default
    )
    {
        var all = queues.All.OrderBy(q => q.Name, StringComparer.Ordinal).ToList();
        var data = new Dictionary<string, object>(StringComparer.Ordinal);
        var detached = new List<string>();
        long errors = 0;
        foreach (var queue in all)
        {
            var why = queue.NotConsumingBecause();
            if (why is not null)
                detached.Add($"{queue.Name}: {why}");
            var reading = queue.Reading;
            errors += reading?.ErrorMessages ?? 0;
            data[queue.Name] = new Dictionary<string, object?>
            {
                ["consuming"] = why is null,
                ["reason"] = why,
                ["messages"] = reading?.Messages,
                ["consumers"] = reading?.Consumers,
                ["errorMessages"] = reading?.ErrorMessages,
                ["oldestErrorAgeSeconds"] = reading?.OldestErrorAtUtc is { } at
                    ? Math.Round(Math.Max(0, (DateTime.UtcNow - at).TotalSeconds))
                    : null,
                ["readAtUtc"] = reading?.ReadAtUtc,
            };
        }

        var errorsNote = errors > 0 ? $"; {errors} message(s) in error queues" : "";
        var result =
            all.Count == 0 ? HealthCheckResult.Unhealthy("No receive endpoint is ready yet.", data: data)
            : detached.Count > 0
                ? HealthCheckResult.Unhealthy($"Not consuming: {string.Join("; ", detached)}{errorsNote}", data: data)
            : HealthCheckResult.Healthy($"{all.Count} receive endpoint(s) consuming{errorsNote}", data);
        return Task.FromResult(result);
    }
}
