using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;

namespace Ita.Micro.ServiceDefaults.Http;

/// <summary>
/// Outbound HTTP through Microsoft.Extensions.Http.Resilience's standard pipeline (Polly underneath): a timeout per
/// attempt, retries with exponential back-off and jitter on network errors, 408, 429 and 5xx, and a circuit breaker.
/// </summary>
public static class ResilientHttpClients
{
    public static IHttpClientBuilder AddResilientHttpClient(this IServiceCollection services, string name)
    {
        var client = services
            .AddHttpClient(name)
            // The pipeline's total timeout governs the call, retries included; HttpClient's own would cut it short.
            .ConfigureHttpClient(http => http.Timeout = Timeout.InfiniteTimeSpan);
        client.AddStandardResilienceHandler(resilience =>
        {
            // A national score file is large: each attempt may take as long as HttpClient's own default allows.
            resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(100);
            resilience.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(6);
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromMinutes(4);
            // A body cannot be sent twice: only safe methods are retried.
            resilience.Retry.DisableForUnsafeHttpMethods();
        });
        return client;
    }
}
