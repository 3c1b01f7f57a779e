using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// Keeps this service's own copy of each analysis, which progress reports (and plans drafted before plans carried
/// their analysis) are made from.
/// </summary>
public sealed class AssessmentAnalysedConsumer(DocumentsDbContext db, IOptions<DocumentsOptions> options)
    : IConsumer<AssessmentAnalysed>
{
    public Task Consume(ConsumeContext<AssessmentAnalysed> context) =>
        HandleAsync(context.Message, context.CancellationToken);

    private async Task HandleAsync(AssessmentAnalysed analysis, CancellationToken ct)
    {
        var held = await db.Analyses.AnyAsync(
            a =>
                a.OrganisationCode == analysis.Organisation.Code
                && a.FiscalYear == analysis.FiscalYear
                && a.Revision == analysis.Revision,
            ct
        );
        if (!held)
            db.Analyses.Add(AnalysisSnapshot.Of(analysis));
        await OrganisationYears.AnalysedAsync(db, analysis, ct);
        if (!held && options.Value.AnalysisOnAssessment)
        {
            var noPlanYet = new ImprovementPlanDrafted
            {
                PlanId = Guid.Empty,
                Organisation = analysis.Organisation,
                AssessedFiscalYear = analysis.FiscalYear,
                PlanFiscalYear = analysis.FiscalYear + 1,
                AnalysisId = analysis.AnalysisId,
                AnalysisRevision = analysis.Revision,
                Measures = [],
                DraftedAtUtc = default,
            };
            var organisation = await CurrentOrganisations.OfAsync(db, analysis.Organisation, ct);
            await AnalysisDocuments.RecordAsync(db, organisation, analysis, noPlanYet, ct);
        }
    }
}
