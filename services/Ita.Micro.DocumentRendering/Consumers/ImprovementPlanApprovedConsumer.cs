using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>Notes that the plan was approved, for the overseers' summary.</summary>
public sealed class ImprovementPlanApprovedConsumer(DocumentsDbContext db) : IConsumer<ImprovementPlanApproved>
{
    public async Task Consume(ConsumeContext<ImprovementPlanApproved> context)
    {
        var plan = context.Message;
        var ct = context.CancellationToken;
        if (!await db.TryBeginProcessingAsync(context.MessageId, nameof(ImprovementPlanApprovedConsumer), ct)) return;
        await OrganisationYears.PlanReachedAsync(db, plan.Organisation, plan.AssessedFiscalYear, PlanStage.Approved, ct);
        await db.SaveChangesAsync(ct);
    }
}
