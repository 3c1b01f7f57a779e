using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Ita.Micro.MeasureTracking.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder
            .Services.AddOptions<MeasureTrackingOptions>()
            .BindConfiguration(MeasureTrackingOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        // Injected so that tests can stand on 30 September or 1 October; TryAdd lets them register their own first.
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.AddServiceDatabase<MeasureTrackingDbContext>();
        // After the migrator (hosted services start in order), before messaging.
        builder.Services.AddHostedService<PlanCoverageBackfill>();
        builder.AddMessaging(bus =>
        {
            bus.AddInboxConsumer<AssessmentAnalysedConsumer, MeasureTrackingDbContext>();
            bus.AddConsumer<OrganisationRegisteredConsumer>();
        });
        return builder;
    }
}
