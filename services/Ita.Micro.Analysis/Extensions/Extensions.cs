using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Consumers;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Model;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;
using MassTransit;

namespace Ita.Micro.Analysis.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<AnalysisDbContext>();
        builder.AddMessaging(bus =>
        {
            bus.AddConsumer<AssessmentRecordedConsumer, AssessmentRecordedConsumerDefinition>();
            bus.AddConsumer<OrganisationRegisteredConsumer>();
        });
        builder
            .Services.AddOptions<AnalysisOptions>()
            .BindConfiguration(AnalysisOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddScoped<CatalogueStore>();
        return builder;
    }
}
