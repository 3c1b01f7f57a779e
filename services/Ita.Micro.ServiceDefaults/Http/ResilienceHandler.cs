using System.Net;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Ita.Micro.ServiceDefaults.Http;

/// <summary>
/// Guards an outbound HTTP call with Polly: a timeout per attempt and a few retries with exponential back-off on
/// network errors, 5xx and 429. Only requests without a body are retried (a body cannot be sent twice).
/// </summary>
public sealed class ResilienceHandler : DelegatingHandler
{
    private readonly ResiliencePipeline<HttpResponseMessage> _pipeline;

    public ResilienceHandler(int maxRetries = 3, TimeSpan? attemptTimeout = null, TimeSpan? firstDelay = null)
    {
        _pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = maxRetries,
                Delay = firstDelay ?? TimeSpan.FromMilliseconds(500),
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                ShouldHandle = new PredicateBuilder<HttpResponseMessage>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>()
                    .HandleResult(r => (int)r.StatusCode >= 500 || r.StatusCode == HttpStatusCode.TooManyRequests),
            })
            .AddTimeout(attemptTimeout ?? TimeSpan.FromSeconds(100))
            .Build();
    }

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (request.Content is not null) return await base.SendAsync(request, cancellationToken);
        var attempt = 0;
        return await _pipeline.ExecuteAsync(async token =>
            await base.SendAsync(attempt++ == 0 ? request : Copy(request), token), cancellationToken);
    }

    private static HttpRequestMessage Copy(HttpRequestMessage request)
    {
        var copy = new HttpRequestMessage(request.Method, request.RequestUri) { Version = request.Version };
        foreach (var header in request.Headers) copy.Headers.TryAddWithoutValidation(header.Key, header.Value);
        return copy;
    }
}
