using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Extensions;

/// <summary>The evidence registry's link checks and the deadline reminders: options, the checker and their schedulers.</summary>
public static class EvidenceExtensions
{
    public static IHostApplicationBuilder AddEvidenceAndDeadlines(this IHostApplicationBuilder builder)
    {
        builder
            .Services.AddOptions<EvidenceOptions>()
            .BindConfiguration(EvidenceOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<IValidateOptions<EvidenceOptions>>(
            new EvidenceOptionsValidator(builder.Environment)
        );
        builder.Services.AddEvidenceLinkChecker();
        builder.Services.AddSingleton<EvidenceCheckRunner>();
        builder.Services.AddSingleton<EvidenceCheckScheduler>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<EvidenceCheckScheduler>());
        builder
            .Services.AddOptions<ReminderOptions>()
            .BindConfiguration(ReminderOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        builder.Services.AddSingleton<ReminderRunner>();
        builder.Services.AddHostedService<ReminderScheduler>();
        return builder;
    }
}
