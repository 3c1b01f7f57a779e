using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// The analysis document needs both the analysis and the plan drafted from it, which arrive on different queues in
/// either order: whichever comes second records the document. The one place for that rule.
/// </summary>
public static class AnalysisDocuments
{
    /// <summary>A drafted plan: records the document if its analysis is here, or keeps the plan until it is.</summary>
    public static async Task PlanDraftedAsync(
        DocumentsDbContext db,
        ImprovementPlanDrafted plan,
        ILogger logger,
        CancellationToken ct
    )
    {
        var snapshot = await db.Analyses.FirstOrDefaultAsync(
            a =>
                a.OrganisationCode == plan.Organisation.Code
                && a.FiscalYear == plan.AssessedFiscalYear
                && a.Revision == plan.AnalysisRevision,
            ct
        );
        if (snapshot is null)
        {
            db.WaitingPlans.Add(WaitingPlan.Of(plan));
            logger.LogInformation(
                "Plan of {OrganisationCode} {FiscalYear} kept until analysis revision {Revision} arrives",
                plan.Organisation.Code,
                plan.AssessedFiscalYear,
                plan.AnalysisRevision
            );
            return;
        }
        await RecordAsync(db, plan, snapshot.Analysis(), logger, ct);
    }

    /// <summary>An analysis kept: records the document of every plan that was waiting for it.</summary>
    public static async Task AnalysisKeptAsync(
        DocumentsDbContext db,
        AssessmentAnalysed analysis,
        ILogger logger,
        CancellationToken ct
    )
    {
        var waiting = await db
            .WaitingPlans.Where(p =>
                p.OrganisationCode == analysis.Organisation.Code
                && p.FiscalYear == analysis.FiscalYear
                && p.AnalysisRevision == analysis.Revision
            )
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        foreach (var kept in waiting)
        {
            await RecordAsync(db, kept.Plan(), analysis, logger, ct);
            db.WaitingPlans.Remove(kept);
        }
    }

    /// <summary>
    /// Once a plan or an analysis is saved, looks again. The two consumers can save a plan and its analysis at the same
    /// moment, each having read before the other saved: the plan is kept as waiting and the analysis finds no plan
    /// waiting. Looking again after saving, at least one of them sees both. Should both record the document, the
    /// second save is refused by the ledger's unique data hash and nothing is lost. Both consumers look again on every
    /// delivery, a repeated one included, since a look cut short after its save (a stop, a lost broker) is not
    /// made up by anything else.
    /// </summary>
    public static async Task RecordWaitingAsync(
        DocumentsDbContext db,
        string organisationCode,
        int fiscalYear,
        ILogger logger,
        CancellationToken ct
    )
    {
        var waiting = await db
            .WaitingPlans.Where(p => p.OrganisationCode == organisationCode && p.FiscalYear == fiscalYear)
            .OrderBy(p => p.Id)
            .ToListAsync(ct);
        foreach (var kept in waiting)
        {
            var snapshot = await db.Analyses.FirstOrDefaultAsync(
                a =>
                    a.OrganisationCode == organisationCode
                    && a.FiscalYear == fiscalYear
                    && a.Revision == kept.AnalysisRevision,
                ct
            );
            if (snapshot is null)
                continue;
            await RecordAsync(db, kept.Plan(), snapshot.Analysis(), logger, ct);
            db.WaitingPlans.Remove(kept);
        }
        if (!db.ChangeTracker.HasChanges())
            return;
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e)
        {
            logger.LogInformation(
                e,
                "The analysis document of {OrganisationCode} {FiscalYear} was recorded by the other consumer",
                organisationCode,
                fiscalYear
            );
        }
    }

    private static async Task RecordAsync(
        DocumentsDbContext db,
        ImprovementPlanDrafted plan,
        AssessmentAnalysed analysis,
        ILogger logger,
        CancellationToken ct
    )
    {
        // A new document names the organisation as the registry has it now, whatever the analysis was made under.
        var organisation = await CurrentOrganisations.OfAsync(db, plan.Organisation, ct);
        plan = plan with { Organisation = organisation };
        analysis = analysis with { Organisation = organisation };
        await OrganisationYears.PlanReachedAsync(db, plan.Organisation, plan.AssessedFiscalYear, PlanStage.Drafted, ct);
        var (_, created) = await DocumentLedger.RecordAsync(
            db,
            DocumentKind.Analysis,
            $"analysis:{plan.Organisation.Code}:{plan.AssessedFiscalYear}",
            plan.Organisation.Code,
            plan.Organisation.Name,
            plan.Organisation.Province,
            plan.AssessedFiscalYear,
            new DocumentData(analysis, plan with { DraftedAtUtc = default }),
            RenderPriority.Routine,
            ct
        );
        if (!created)
            logger.LogInformation(
                "Analysis document of {OrganisationCode} {FiscalYear} already made from the same data",
                plan.Organisation.Code,
                plan.AssessedFiscalYear
            );
    }
}
