using Ita.Micro.ScoreIngestion.Consumers;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Http;
using Ita.Micro.ServiceDefaults.Messaging;
using Microsoft.AspNetCore.Http.Features;

namespace Ita.Micro.ScoreIngestion.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<IngestionDbContext>();
        builder.AddMessaging(bus => bus.AddConsumer<SubmitScoreImportConsumer>());

        builder
            .Services.AddOptions<ImportOptions>()
            .BindConfiguration(ImportOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        var maxFileBytes = builder.Configuration.GetSection(ImportOptions.Section).Get<ImportOptions>()?.MaxFileBytes
            ?? new ImportOptions().MaxFileBytes;
        builder.Services.Configure<FormOptions>(form => form.MultipartBodyLengthLimit = maxFileBytes);

        builder.Services.AddSingleton<RawFileStore>();
        builder.Services.AddSingleton<ImportQueue>();
        builder.Services.AddScoped<ImportIntake>();
        builder.Services.AddScoped<ImportProcessor>();
        builder.Services.AddScoped<OrganisationRegistry>();
        builder.Services.AddHostedService<ImportWorker>();
        builder.Services.AddResilientHttpClient(SubmitScoreImportConsumer.HttpClientName);
        return builder;
    }
}
