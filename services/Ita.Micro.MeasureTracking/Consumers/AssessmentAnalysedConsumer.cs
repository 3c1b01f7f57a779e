using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Consumers;

/// <summary>
/// Drafts the next fiscal year's improvement plan from an analysis. A newer analysis revision replaces the
/// proposals of a plan still in draft; an older or repeated one changes nothing.
/// </summary>
public sealed class AssessmentAnalysedConsumer(MeasureTrackingDbContext db, ILogger<AssessmentAnalysedConsumer> logger)
    : IConsumer<AssessmentAnalysed>
{
    public async Task Consume(ConsumeContext<AssessmentAnalysed> context)
    {
        var analysis = context.Message;
        var ct = context.CancellationToken;
        if (!await db.TryBeginProcessingAsync(context.MessageId, nameof(AssessmentAnalysedConsumer), ct)) return;

        if (analysis.Indicators.Count == 0)
        {
            // A published total alone names no weak indicator, so there is nothing to propose.
            logger.LogInformation("No plan drafted for {OrganisationCode} {FiscalYear}: the analysis holds no indicator scores",
                analysis.Organisation.Code, analysis.FiscalYear);
            await db.SaveChangesAsync(ct);
            return;
        }

        var planYear = analysis.FiscalYear + 1;
        var plan = await db.Plans.Include(p => p.Measures)
            .FirstOrDefaultAsync(p => p.OrganisationCode == analysis.Organisation.Code && p.PlanFiscalYear == planYear, ct);
        if (plan is not null && (plan.Status != PlanStatus.Draft || plan.AnalysisRevision >= analysis.Revision))
        {
            await db.SaveChangesAsync(ct);
            return;
        }

        var proposals = PlanDrafter.Propose(analysis);
        if (plan is null)
        {
            plan = new ImprovementPlan
            {
                Id = Guid.NewGuid(),
                OrganisationCode = analysis.Organisation.Code,
                OrganisationName = analysis.Organisation.Name,
                Province = analysis.Organisation.Province,
                AssessedFiscalYear = analysis.FiscalYear,
                PlanFiscalYear = planYear,
                Status = PlanStatus.Draft,
            };
            db.Plans.Add(plan);
        }
        else
        {
            db.RemoveRange(plan.Measures);
        }
        plan.AnalysisId = analysis.AnalysisId;
        plan.AnalysisRevision = analysis.Revision;
        plan.DraftedAtUtc = DateTime.UtcNow;
        plan.Measures = proposals.Select(p => new Measure
        {
            Id = Guid.NewGuid(), PlanId = plan.Id, Order = p.Order, Title = p.Title, Indicator = p.Indicator,
            IndicatorName = p.IndicatorName, Finding = p.Finding, ResponsibleUnit = p.ResponsibleUnit, Period = p.Period,
        }).ToList();
        // Added explicitly: found through the navigation with their ids already set, EF would take them for
        // existing rows and update nothing.
        db.AddRange(plan.Measures);

        db.Publish(new ImprovementPlanDrafted
        {
            PlanId = plan.Id,
            Organisation = analysis.Organisation,
            AssessedFiscalYear = analysis.FiscalYear,
            PlanFiscalYear = planYear,
            AnalysisId = analysis.AnalysisId,
            AnalysisRevision = analysis.Revision,
            Measures = proposals,
            DraftedAtUtc = plan.DraftedAtUtc,
        });
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Drafted plan {PlanId} for {OrganisationCode} {PlanFiscalYear} with {MeasureCount} measures",
            plan.Id, plan.OrganisationCode, planYear, proposals.Count);
    }
}
