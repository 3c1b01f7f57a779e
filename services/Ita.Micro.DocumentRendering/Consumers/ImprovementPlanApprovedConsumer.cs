using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Outbox;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>Notes that the plan was approved, for the overseers' summary.</summary>
public sealed class ImprovementPlanApprovedConsumer(DocumentsDbContext db) : InboxConsumer<ImprovementPlanApproved>
{
    protected override IOutboxDbContext Database => db;

    protected override Task HandleAsync(ImprovementPlanApproved plan, CancellationToken ct) =>
        OrganisationYears.PlanReachedAsync(db, plan.Organisation, plan.AssessedFiscalYear, PlanStage.Approved, ct);
}
