using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>The link checker as the service registers it, with options a test tightens so a run takes seconds.</summary>
public static class CheckerHost
{
    public static (LinkChecker Checker, ServiceProvider Services) Create(Action<EvidenceOptions>? configure = null)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TimeProvider.System);
        services
            .AddOptions<EvidenceOptions>()
            .Configure(o =>
            {
                o.AllowLoopbackForTests = true;
                o.AttemptTimeout = TimeSpan.FromSeconds(5);
                o.FetchTimeout = TimeSpan.FromSeconds(20);
                o.RetryDelay = TimeSpan.FromMilliseconds(10);
                o.MaxRetries = 2;
                configure?.Invoke(o);
            });
        services.AddEvidenceLinkChecker();
        var provider = services.BuildServiceProvider();
        return (provider.GetRequiredService<LinkChecker>(), provider);
    }
}
