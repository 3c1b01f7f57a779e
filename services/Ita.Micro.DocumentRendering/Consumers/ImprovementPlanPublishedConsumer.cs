using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>A published plan is announced: record the ประกาศ with its data and queue its rendering.</summary>
public sealed class ImprovementPlanPublishedConsumer(
    DocumentsDbContext db,
    ILogger<ImprovementPlanPublishedConsumer> logger
) : IConsumer<ImprovementPlanPublished>
{
    public Task Consume(ConsumeContext<ImprovementPlanPublished> context) =>
        HandleAsync(context.Message, context.CancellationToken);

    private async Task HandleAsync(ImprovementPlanPublished plan, CancellationToken ct)
    {
        await OrganisationYears.PlanReachedAsync(
            db,
            plan.Organisation,
            plan.AssessedFiscalYear,
            PlanStage.Published,
            ct
        );
        // Who pressed publish and when change nothing printed: the same plan published again is the same announcement.
        var data = plan with { PublishedAtUtc = default, PublishedBy = "" };
        var (document, created) = await DocumentLedger.RecordAsync(
            db,
            DocumentKind.Announcement,
            $"plan:{plan.PlanId}",
            plan.Organisation.Code,
            plan.Organisation.Name,
            plan.Organisation.Province,
            plan.PlanFiscalYear,
            data,
            RenderPriority.SomeoneWaits,
            ct
        );
        // Saved here, with the inbox row, so that the line below speaks of a committed document.
        await db.SaveChangesAsync(ct);
        logger.LogInformation(
            "Announcement of plan {PlanId} of {OrganisationCode}: document {DocumentId} version {Version} ({Outcome})",
            plan.PlanId,
            plan.Organisation.Code,
            document.Id,
            document.Version,
            created ? "queued" : "same data, not rendered again"
        );
    }
}
