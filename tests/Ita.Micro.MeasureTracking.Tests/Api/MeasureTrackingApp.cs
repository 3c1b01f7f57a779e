using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests.Api;

/// <summary>The measure-tracking service in-process on a fresh SQLite folder and the real broker, on a test clock.</summary>
public sealed class MeasureTrackingApp(RabbitMqBroker broker, TestClock clock)
    : ServiceApp<Program, MeasureTrackingDbContext>(broker, "measure-tracking")
{
    public TestClock Clock { get; } = clock;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
