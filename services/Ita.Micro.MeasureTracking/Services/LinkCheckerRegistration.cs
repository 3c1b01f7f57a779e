using System.Net;
using System.Security.Authentication;
using System.Threading.RateLimiting;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The link checker's HttpClient: no automatic redirects (the checker follows them itself), no proxy (the connect
/// step must see the real address), the guarded connect step, an honest user agent, and a resilience pipeline per
/// host (<c>SelectPipelineByAuthority</c>), so one slow or dead site has its own concurrency limit and circuit
/// breaker and never holds back the others: concurrency limit → retry (exponential with jitter, honouring
/// Retry-After on 429/503) → circuit breaker → timeout per attempt.
/// </summary>
public static class LinkCheckerRegistration
{
    public static IServiceCollection AddEvidenceLinkChecker(this IServiceCollection services)
    {
        services.AddSingleton<LinkChecker>();
        services
            .AddHttpClient(LinkChecker.ClientName)
            .ConfigureHttpClient(
                (sp, http) =>
                {
                    // The pipeline's attempt timeout and the checker's fetch deadline govern; HttpClient's own would cut them short.
                    http.Timeout = Timeout.InfiniteTimeSpan;
                    http.DefaultRequestHeaders.UserAgent.ParseAdd(
                        sp.GetRequiredService<IOptions<EvidenceOptions>>().Value.UserAgent
                    );
                    http.DefaultRequestHeaders.Accept.ParseAdd(
                        "text/html,application/xhtml+xml,application/pdf,*/*;q=0.8"
                    );
                }
            )
            .ConfigurePrimaryHttpMessageHandler(sp =>
            {
                var o = sp.GetRequiredService<IOptions<EvidenceOptions>>().Value;
                return new SocketsHttpHandler
                {
                    AllowAutoRedirect = false,
                    UseProxy = false,
                    UseCookies = false,
                    AutomaticDecompression = DecompressionMethods.All,
                    ConnectTimeout = o.AttemptTimeout,
                    PooledConnectionLifetime = TimeSpan.FromMinutes(5),
                    ConnectCallback = GuardedConnector.Create(o.AllowLoopbackForTests),
                };
            })
            .AddResilienceHandler("evidence-links", (pipeline, context) =>
            {
                var o = context.ServiceProvider.GetRequiredService<IOptions<EvidenceOptions>>().Value;
                pipeline.AddConcurrencyLimiter(
                    new ConcurrencyLimiterOptions
                    {
                        PermitLimit = o.PerHostConcurrency,
                        QueueLimit = o.PerHostQueue,
                        QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                    }
                );
                pipeline.AddRetry(
                    new HttpRetryStrategyOptions
                    {
                        MaxRetryAttempts = Math.Max(o.MaxRetries, 1),
                        BackoffType = DelayBackoffType.Exponential,
                        UseJitter = true,
                        Delay = o.RetryDelay,
                        MaxDelay = o.MaxRetryDelay,
                        // A 429 or 503 that says when to come back is retried then (capped by MaxDelay).
                        ShouldRetryAfterHeader = true,
                        ShouldHandle = args => ValueTask.FromResult(o.MaxRetries > 0 && IsTransient(args.Outcome)),
                    }
                );
                pipeline.AddCircuitBreaker(
                    new HttpCircuitBreakerStrategyOptions
                    {
                        FailureRatio = o.BreakerFailureRatio,
                        MinimumThroughput = o.BreakerMinimumThroughput,
                        SamplingDuration = o.BreakerSamplingDuration,
                        BreakDuration = o.BreakDuration,
                        ShouldHandle = args => ValueTask.FromResult(IsTransient(args.Outcome)),
                    }
                );
                pipeline.AddTimeout(o.AttemptTimeout);
            })
            .SelectPipelineByAuthority();
        return services;
    }

    /// <summary>
    /// Worth another try and a mark against the host: network errors, timeouts, 408, 429 and 5xx. A certificate the
    /// checker does not trust or an address it may not reach stays so on a retry: neither is retried nor counted.
    /// </summary>
    public static bool IsTransient(Outcome<HttpResponseMessage> outcome) =>
        outcome.Exception switch
        {
            HttpRequestException e
                when e.InnerException is AddressNotAllowedException or AuthenticationException
                    || e.HttpRequestError == HttpRequestError.SecureConnectionError => false,
            _ => HttpClientResiliencePredicates.IsTransient(outcome),
        };
}
