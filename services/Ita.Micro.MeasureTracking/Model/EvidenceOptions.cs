using System.ComponentModel.DataAnnotations;

namespace Ita.Micro.MeasureTracking.Model;

/// <summary>
/// Section "Evidence": how the evidence links are checked. Every fetch is bounded in size and time; the retry, the
/// circuit breaker and the concurrency limit are per host (<see cref="Services.LinkCheckerRegistration"/>).
/// </summary>
public sealed class EvidenceOptions
{
    public const string Section = "Evidence";

    /// <summary>Sent with every check, so that a site's administrator can see who reads the page and why.</summary>
    [
        Required(ErrorMessage = "Evidence:UserAgent is required: a product name and how to reach its operator."),
        MinLength(
            10,
            ErrorMessage = "Evidence:UserAgent must name the product and how to reach its operator (10 characters at least)."
        )
    ]
    public string UserAgent { get; set; } =
        "Ita.Micro-EvidenceLinkChecker/1.0 (+https://itas.nacc.go.th; ITA evidence link check)";

    /// <summary>How often a good link is checked again.</summary>
    [Range(
        typeof(TimeSpan),
        "00:01:00",
        "30.00:00:00",
        ErrorMessage = "Evidence:CheckInterval must be from 00:01:00 to 30.00:00:00."
    )]
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromHours(24);

    /// <summary>How soon a failing or broken link is checked again.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:01",
        "7.00:00:00",
        ErrorMessage = "Evidence:RecheckFailingAfter must be from 00:00:01 to 7.00:00:00."
    )]
    public TimeSpan RecheckFailingAfter { get; set; } = TimeSpan.FromHours(2);

    /// <summary>How often the scheduler looks for links due a check.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:01",
        "1.00:00:00",
        ErrorMessage = "Evidence:ScanInterval must be from 00:00:01 to 1.00:00:00."
    )]
    public TimeSpan ScanInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Failed checks in a row before a link is called broken (one failure may be a server restarting).</summary>
    [Range(1, 20, ErrorMessage = "Evidence:BrokenAfterFailures must be from 1 to 20.")]
    public int BrokenAfterFailures { get; set; } = 2;

    /// <summary>Links checked at once by the scheduler, all hosts together.</summary>
    [Range(1, 64, ErrorMessage = "Evidence:Parallelism must be from 1 to 64.")]
    public int Parallelism { get; set; } = 8;

    /// <summary>Links the scheduler takes per round.</summary>
    [Range(1, 10000, ErrorMessage = "Evidence:BatchSize must be from 1 to 10000.")]
    public int BatchSize { get; set; } = 200;

    /// <summary>Requests to one host at once; more wait in its queue.</summary>
    [Range(1, 16, ErrorMessage = "Evidence:PerHostConcurrency must be from 1 to 16.")]
    public int PerHostConcurrency { get; set; } = 2;

    [Range(0, 10000, ErrorMessage = "Evidence:PerHostQueue must be from 0 to 10000.")]
    public int PerHostQueue { get; set; } = 1000;

    /// <summary>Time for one attempt to get the response headers.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:00.100",
        "00:05:00",
        ErrorMessage = "Evidence:AttemptTimeout must be from 00:00:00.100 to 00:05:00."
    )]
    public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Time for a whole fetch: every attempt, every redirect and reading the body.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:00.200",
        "00:30:00",
        ErrorMessage = "Evidence:FetchTimeout must be from 00:00:00.200 to 00:30:00."
    )]
    public TimeSpan FetchTimeout { get; set; } = TimeSpan.FromSeconds(90);

    [Range(0, 5, ErrorMessage = "Evidence:MaxRetries must be from 0 to 5.")]
    public int MaxRetries { get; set; } = 2;

    /// <summary>The first retry's delay; later ones grow exponentially, with jitter.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:00.010",
        "00:05:00",
        ErrorMessage = "Evidence:RetryDelay must be from 00:00:00.010 to 00:05:00."
    )]
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The longest wait before a retry, a server's Retry-After included: beyond it the check gives up for now.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:00.010",
        "00:10:00",
        ErrorMessage = "Evidence:MaxRetryDelay must be from 00:00:00.010 to 00:10:00."
    )]
    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>Share of failed requests to a host, within <see cref="BreakerSamplingDuration"/>, that opens its circuit.</summary>
    [Range(0.01, 1.0, ErrorMessage = "Evidence:BreakerFailureRatio must be from 0.01 to 1.0.")]
    public double BreakerFailureRatio { get; set; } = 0.5;

    [Range(2, 1000, ErrorMessage = "Evidence:BreakerMinimumThroughput must be from 2 to 1000.")]
    public int BreakerMinimumThroughput { get; set; } = 6;

    [Range(
        typeof(TimeSpan),
        "00:00:00.500",
        "01:00:00",
        ErrorMessage = "Evidence:BreakerSamplingDuration must be from 00:00:00.500 to 01:00:00."
    )]
    public TimeSpan BreakerSamplingDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long an open circuit stops requests to its host before one is let through to try it.</summary>
    [Range(
        typeof(TimeSpan),
        "00:00:00.500",
        "1.00:00:00",
        ErrorMessage = "Evidence:BreakDuration must be from 00:00:00.500 to 1.00:00:00."
    )]
    public TimeSpan BreakDuration { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>The most of a body read (and hashed); beyond it the check stops reading and says so.</summary>
    [Range(
        1024,
        100 * 1024 * 1024,
        ErrorMessage = "Evidence:MaxResponseBytes must be from 1024 to 104857600 bytes (100 MB)."
    )]
    public int MaxResponseBytes { get; set; } = 5 * 1024 * 1024;

    [Range(0, 20, ErrorMessage = "Evidence:MaxRedirects must be from 0 to 20.")]
    public int MaxRedirects { get; set; } = 5;

    /// <summary>
    /// Lets checks reach loopback addresses (127.0.0.0/8, ::1): only for tests against servers they start, and refused
    /// at start-up outside the Development environment. Private and link-local addresses stay refused.
    /// </summary>
    public bool AllowLoopbackForTests { get; set; }
}
