using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.MeasureTracking.Telemetry;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Consumers;

/// <summary>
/// An analysis of year Y does two things here: it follows up the plan that ran in Y (did its measures' targets go
/// up?) and drafts the plan for Y + 1. A newer revision refreshes a draft's untouched proposals and the follow-up;
/// an older or repeated one changes nothing; an approved plan is never touched.
/// </summary>
public sealed class AssessmentAnalysedConsumer(
    MeasureTrackingDbContext db,
    TimeProvider time,
    ILogger<AssessmentAnalysedConsumer> logger
) : IConsumer<AssessmentAnalysed>
{
    public Task Consume(ConsumeContext<AssessmentAnalysed> context) =>
        HandleAsync(context.Message, context.CancellationToken);

    private async Task HandleAsync(AssessmentAnalysed analysis, CancellationToken ct)
    {
        var now = time.UtcNow();

        await FollowUpAsync(analysis, now, ct);
        if (analysis.Indicators.Count == 0)
        {
            // A published total alone names no weak indicator, so there is nothing to propose.
            logger.LogInformation(
                "No plan drafted for {OrganisationCode} {FiscalYear}: the analysis holds no indicator scores",
                analysis.Organisation.Code,
                analysis.FiscalYear
            );
            return;
        }

        var planYear = analysis.FiscalYear + 1;
        var plan = await db
            .Plans.Include(p => p.Measures)
            .FirstOrDefaultAsync(
                p => p.OrganisationCode == analysis.Organisation.Code && p.PlanFiscalYear == planYear,
                ct
            );
        if (plan is not null && (plan.Status != PlanStatus.Draft || plan.AnalysisRevision >= analysis.Revision))
        {
            logger.LogInformation(
                "Plan {PlanId} of {OrganisationCode} {PlanFiscalYear} kept: it is {Status} at revision {PlanRevision}, analysis revision {Revision}",
                plan.Id,
                plan.OrganisationCode,
                planYear,
                plan.Status,
                plan.AnalysisRevision,
                analysis.Revision
            );
            return;
        }

        var proposals = PlanDrafter.Propose(analysis);
        var refreshed = plan is not null;
        if (plan is null)
        {
            plan = DraftPlanUpdater.Create(db, analysis, proposals, now);
            await SeedUnitsAsync(plan, ct);
        }
        else
        {
            DraftPlanUpdater.Refresh(db, plan, analysis, proposals, now);
        }

        db.Publish(
            new ImprovementPlanDrafted
            {
                PlanId = plan.Id,
                Organisation = analysis.Organisation,
                AssessedFiscalYear = analysis.FiscalYear,
                PlanFiscalYear = planYear,
                AnalysisId = analysis.AnalysisId,
                AnalysisRevision = analysis.Revision,
                Measures = proposals,
                DraftedAtUtc = plan.DraftedAtUtc,
                Analysis = analysis.ForDocument(),
            }
        );
        // Saved here, with the inbox row, so that the metric and the line below count a committed draft.
        await db.SaveChangesAsync(ct);
        PlanMetrics.PlanDrafted(refreshed);
        logger.LogInformation(
            "Drafted plan {PlanId} for {OrganisationCode} {PlanFiscalYear} at revision {Revision} with {MeasureCount} measures",
            plan.Id,
            plan.OrganisationCode,
            planYear,
            analysis.Revision,
            plan.Measures.Count
        );
    }

    /// <summary>The plan that ran in the analysed year, if any, gets (or refreshes) its effectiveness.</summary>
    private async Task FollowUpAsync(AssessmentAnalysed analysis, DateTime now, CancellationToken ct)
    {
        var ran = await db
            .Plans.Include(p => p.Measures)
            .FirstOrDefaultAsync(
                p => p.OrganisationCode == analysis.Organisation.Code && p.PlanFiscalYear == analysis.FiscalYear,
                ct
            );
        if (ran is null)
            return;
        var existing = await db.FollowUps.FirstOrDefaultAsync(f => f.PlanId == ran.Id, ct);
        if (existing is not null && existing.AnalysisRevision >= analysis.Revision)
            return;
        var followUp = EffectivenessCalculator.Compute(ran, analysis, now);
        if (existing is null)
            db.FollowUps.Add(followUp);
        else
            db.Entry(existing).CurrentValues.SetValues(followUp);
        logger.LogInformation(
            "Followed up plan {PlanId} of {OrganisationCode} {PlanFiscalYear} with analysis revision {Revision}",
            ran.Id,
            ran.OrganisationCode,
            ran.PlanFiscalYear,
            analysis.Revision
        );
    }

    /// <summary>
    /// An organisation's first plan gives it the usual units plus any the proposals name, so that officers can keep
    /// the proposals' units and correct the list to their own structure.
    /// </summary>
    private async Task SeedUnitsAsync(ImprovementPlan plan, CancellationToken ct)
    {
        if (await db.OrganisationUnits.AnyAsync(u => u.OrganisationCode == plan.OrganisationCode, ct))
            return;
        var units = DefaultUnits
            .All.Concat(plan.Measures.SelectMany(m => m.ResponsibleUnits))
            .Distinct(StringComparer.Ordinal)
            .ToList();
        db.OrganisationUnits.Add(new OrganisationUnitList { OrganisationCode = plan.OrganisationCode, Units = units });
        AuditTrail.Add(
            db,
            plan.OrganisationCode,
            null,
            "units",
            plan.OrganisationCode,
            "created",
            [new AuditChange("units", null, AuditTrail.Json(units))],
            AuditTrail.SystemUser,
            plan.DraftedAtUtc
        );
    }
}
