using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Data;
using Ita.Micro.ServiceDefaults.Messaging;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Extensions;

public static class Extensions
{
    public static IHostApplicationBuilder AddApplicationServices(this IHostApplicationBuilder builder)
    {
        builder.AddServiceDatabase<DocumentsDbContext>();
        builder.AddMessaging(bus =>
        {
            bus.AddInboxConsumer<AssessmentAnalysedConsumer, DocumentsDbContext>();
            bus.AddConsumer<OrganisationRegisteredConsumer>();
            bus.AddInboxConsumer<ImprovementPlanDraftedConsumer, DocumentsDbContext>();
            bus.AddInboxConsumer<ImprovementPlanApprovedConsumer, DocumentsDbContext>();
            bus.AddInboxConsumer<ImprovementPlanPublishedConsumer, DocumentsDbContext>();
            bus.AddInboxConsumer<ProgressReportSubmittedConsumer, DocumentsDbContext>();
            bus.AddConsumer<RenderDocumentConsumer, RenderDocumentConsumerDefinition>();
        });

        builder
            .Services.AddOptions<DocumentsOptions>()
            .BindConfiguration(DocumentsOptions.Section)
            .Validate(
                o => EmblemLoader.IsSupported(o.EmblemPath),
                "Documents:EmblemPath must be an .svg or a .png file, or empty for none."
            )
            .Validate(
                o => !string.IsNullOrWhiteSpace(o.NationalOffice) && !string.IsNullOrWhiteSpace(o.ProvinceOffice),
                "Documents:NationalOffice and Documents:ProvinceOffice must name the offices that issue summaries."
            )
            .ValidateOnStart();
        var chromium = builder.Configuration.GetSection("Chromium").Get<ChromiumOptions>() ?? new ChromiumOptions();
        if (!File.Exists(chromium.ExecutablePath))
            throw new InvalidOperationException(
                $"Chromium:ExecutablePath '{chromium.ExecutablePath}' does not exist (apt-get install chromium-headless-shell)."
            );
        builder.Services.AddSingleton(chromium);
        builder.Services.AddSingleton<ChromiumPdfRenderer>();
        builder.Services.AddSingleton<DocumentRenderer>();
        return builder;
    }
}
