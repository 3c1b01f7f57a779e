using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using MassTransit;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>Notes that the plan was approved, for the overseers' summary.</summary>
public sealed class ImprovementPlanApprovedConsumer(DocumentsDbContext db) : IConsumer<ImprovementPlanApproved>
{
    public Task Consume(ConsumeContext<ImprovementPlanApproved> context) =>
        HandleAsync(context.Message, context.CancellationToken);

    private Task HandleAsync(ImprovementPlanApproved plan, CancellationToken ct) =>
        OrganisationYears.PlanReachedAsync(db, plan.Organisation, plan.AssessedFiscalYear, PlanStage.Approved, ct);
}
