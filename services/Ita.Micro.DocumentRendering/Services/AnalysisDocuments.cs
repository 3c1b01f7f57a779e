using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// The analysis document is made from a drafted plan alone: the plan carries the analysis it answers, so nothing
/// waits for the analysis to arrive on its own queue.
/// </summary>
public static class AnalysisDocuments
{
    /// <summary>Records the analysis document of a drafted plan and asks for it to be rendered.</summary>
    /// <exception cref="InvalidOperationException">
    /// A plan drafted before plans carried their analysis, whose analysis is not held here (yet): it goes to the error
    /// queue, to be replayed once the analysis has arrived.
    /// </exception>
    public static async Task PlanDraftedAsync(
        DocumentsDbContext db,
        ImprovementPlanDrafted plan,
        ILogger logger,
        CancellationToken ct
    )
    {
        var analysis = plan.Analysis
            ?? await KeptAnalysisAsync(db, plan, ct)
            ?? throw new InvalidOperationException(
                $"Plan {plan.PlanId} of {plan.Organisation.Code} {plan.AssessedFiscalYear} was drafted before plans "
                    + $"carried their analysis, and analysis revision {plan.AnalysisRevision} is not held here: "
                    + "replay this message once the analysis has arrived (./ita errors)."
            );
        // A new document names the organisation as the registry has it now, whatever the analysis was made under.
        var organisation = await CurrentOrganisations.OfAsync(db, plan.Organisation, ct);
        await OrganisationYears.PlanReachedAsync(db, organisation, plan.AssessedFiscalYear, PlanStage.Drafted, ct);
        if (!await RecordAsync(db, organisation, analysis, plan, ct))
            logger.LogInformation(
                "Analysis document of {OrganisationCode} {FiscalYear} already made from the same data",
                plan.Organisation.Code,
                plan.AssessedFiscalYear
            );
    }

    /// <summary>
    /// Records the analysis document of <paramref name="analysis"/> and <paramref name="plan"/> (a plan without
    /// measures when none is drafted yet), both under <paramref name="organisation"/>, and asks for it to be rendered;
    /// false when a document of the same data is recorded already.
    /// </summary>
    public static async Task<bool> RecordAsync(
        DocumentsDbContext db,
        OrganisationInfo organisation,
        AssessmentAnalysed analysis,
        ImprovementPlanDrafted plan,
        CancellationToken ct
    )
    {
        // The document's data holds the analysis once, as the document prints it, whether the plan carried it or it
        // was kept here; the plan without it hashes as plans always did.
        plan = plan with { Organisation = organisation, Analysis = null, DraftedAtUtc = default };
        analysis = analysis.ForDocument() with { Organisation = organisation };
        var (_, created) = await DocumentLedger.RecordAsync(
            db,
            DocumentKind.Analysis,
            $"analysis:{organisation.Code}:{plan.AssessedFiscalYear}",
            organisation.Code,
            organisation.Name,
            organisation.Province,
            plan.AssessedFiscalYear,
            new DocumentData(analysis, plan),
            RenderPriority.Routine,
            ct
        );
        return created;
    }

    private static async Task<AssessmentAnalysed?> KeptAnalysisAsync(
        DocumentsDbContext db,
        ImprovementPlanDrafted plan,
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
        return snapshot?.Analysis();
    }
}
