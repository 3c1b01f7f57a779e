using Ita.Micro.ScoreIngestion.Consumers;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;

namespace Ita.Micro.ScoreIngestion.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestionDbContext>();
        builder.AddMessaging(bus => bus.AddConsumer<SubmitScoreImportConsumer>());
        builder.Services.AddScoped<ScoreImporter>();
        return builder;
    }
}
