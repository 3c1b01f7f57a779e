using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Services;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A drafted plan, with the analysis it carries, is what the analysis document needs: record the document with its
/// data and ask for it to be rendered. The same data asked for again is the same document, rendered once.
/// </summary>
public sealed class ImprovementPlanDraftedConsumer(
    DocumentsDbContext db,
    ILogger<ImprovementPlanDraftedConsumer> logger
) : IConsumer<ImprovementPlanDrafted>
{
    public Task Consume(ConsumeContext<ImprovementPlanDrafted> context) =>
        HandleAsync(context.Message, context.CancellationToken);

    private Task HandleAsync(ImprovementPlanDrafted plan, CancellationToken ct) =>
        AnalysisDocuments.PlanDraftedAsync(db, plan, logger, ct);
}
