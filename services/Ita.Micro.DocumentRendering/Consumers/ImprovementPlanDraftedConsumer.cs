using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Outbox;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A drafted plan completes what the analysis document needs: record the document with its data and ask for it
/// to be rendered, or keep the plan until its analysis arrives. The same data asked for again is the same document,
/// rendered once.
/// </summary>
public sealed class ImprovementPlanDraftedConsumer(
    DocumentsDbContext db,
    ILogger<ImprovementPlanDraftedConsumer> logger
) : InboxConsumer<ImprovementPlanDrafted>
{
    protected override IOutboxDbContext Database => db;

    protected override Task HandleAsync(ImprovementPlanDrafted plan, CancellationToken ct) =>
        AnalysisDocuments.PlanDraftedAsync(db, plan, logger, ct);

    /// <summary>
    /// The look after an earlier delivery's save may have been cut short (the service stopped, the broker lost), and
    /// this plan would then wait for an analysis that is here.
    /// </summary>
    protected override Task AfterEveryDeliveryAsync(ImprovementPlanDrafted plan, CancellationToken ct) =>
        AnalysisDocuments.RecordWaitingAsync(db, plan.Organisation.Code, plan.AssessedFiscalYear, logger, ct);
}
