using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;

namespace Ita.Micro.MeasureTracking.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<MeasureTrackingDbContext>();
        builder.AddMessaging(bus => bus.AddConsumer<AssessmentAnalysedConsumer>());
        return builder;
    }
}
