using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A drafted plan completes what the analysis document needs: record the document with its data and ask for it
/// to be rendered, or keep the plan until its analysis arrives. The same data asked for again is the same document,
/// rendered once.
/// </summary>
public sealed class ImprovementPlanDraftedConsumer(DocumentsDbContext db, ILogger<ImprovementPlanDraftedConsumer> logger)
    : IConsumer<ImprovementPlanDrafted>
{
    public async Task Consume(ConsumeContext<ImprovementPlanDrafted> context)
    {
        var ct = context.CancellationToken;
        if (await db.TryBeginProcessingAsync(context.MessageId, nameof(ImprovementPlanDraftedConsumer), ct))
        {
            await AnalysisDocuments.PlanDraftedAsync(db, context.Message, logger, ct);
            await db.SaveChangesAsync(ct);
        }
        // On every delivery, this one again included: the look after an earlier delivery's save may have been cut
        // short (the service stopped, the broker lost), and this plan would then wait for an analysis that is here.
        await AnalysisDocuments.RecordWaitingAsync(db, context.Message.Organisation.Code, context.Message.AssessedFiscalYear, logger, ct);
    }
}
