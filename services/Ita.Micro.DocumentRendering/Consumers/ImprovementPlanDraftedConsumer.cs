using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A drafted plan completes what the analysis document needs: record the document with its data and ask for it
/// to be rendered. The same data asked for again is the same document, rendered once.
/// </summary>
public sealed class ImprovementPlanDraftedConsumer(DocumentsDbContext db, ILogger<ImprovementPlanDraftedConsumer> logger)
    : IConsumer<ImprovementPlanDrafted>
{
    public async Task Consume(ConsumeContext<ImprovementPlanDrafted> context)
    {
        var plan = context.Message;
        var ct = context.CancellationToken;
        if (!await db.TryBeginProcessingAsync(context.MessageId, nameof(ImprovementPlanDraftedConsumer), ct)) return;

        var snapshot = await db.Analyses.FirstOrDefaultAsync(a => a.OrganisationCode == plan.Organisation.Code
            && a.FiscalYear == plan.AssessedFiscalYear && a.Revision == plan.AnalysisRevision, ct)
            ?? throw new AnalysisNotReceivedException(plan.Organisation.Code, plan.AssessedFiscalYear, plan.AnalysisRevision);

        // A new document names the organisation as the registry has it now, whatever the analysis was made under.
        var organisation = await CurrentOrganisations.OfAsync(db, plan.Organisation, ct);
        plan = plan with { Organisation = organisation };
        var analysis = snapshot.Analysis() with { Organisation = organisation };
        await OrganisationYears.PlanReachedAsync(db, plan.Organisation, plan.AssessedFiscalYear, PlanStage.Drafted, ct);
        var (_, created) = await DocumentLedger.RecordAsync(db, DocumentKind.Analysis,
            $"analysis:{plan.Organisation.Code}:{plan.AssessedFiscalYear}", plan.Organisation.Code, plan.Organisation.Name, plan.Organisation.Province,
            plan.AssessedFiscalYear, new DocumentData(analysis, plan with { DraftedAtUtc = default }), ct);
        if (!created)
            logger.LogInformation("Analysis document of {OrganisationCode} {FiscalYear} already made from the same data",
                plan.Organisation.Code, plan.AssessedFiscalYear);
        await db.SaveChangesAsync(ct);
    }
}
