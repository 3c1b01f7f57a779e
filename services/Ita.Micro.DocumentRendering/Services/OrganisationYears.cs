using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Keeps <see cref="OrganisationYear"/> up to date from the events, in the caller's unit of work. Events arrive in any
/// order: an older analysis revision never overwrites a newer one and a plan never moves back a stage. Two events of
/// one organisation-year consumed at once may both insert its row: the loser fails on the primary key and the bus
/// retries it, when it finds the row. Each consumer writes only its own columns, so neither undoes the other.
/// </summary>
public static class OrganisationYears
{
    public static async Task AnalysedAsync(
        DocumentsDbContext db,
        AssessmentAnalysed analysis,
        CancellationToken cancellationToken
    )
    {
        var row = await RowAsync(db, analysis.Organisation, analysis.FiscalYear, cancellationToken);
        if (row.AnalysisRevision > analysis.Revision)
            return;
        row.AnalysisRevision = analysis.Revision;
        row.Total = analysis.Total;
        row.Rating = analysis.Rating;
        row.Passed = analysis.Passed;
        row.IndicatorsJson = JsonSerializer.Serialize(
            analysis
                .Indicators.OrderBy(i => i.Indicator)
                .Select(i => new IndicatorScoreEntry(i.Indicator, i.Name, i.Score))
                .ToList()
        );
    }

    public static async Task PlanReachedAsync(
        DocumentsDbContext db,
        OrganisationInfo organisation,
        int assessedFiscalYear,
        PlanStage stage,
        CancellationToken cancellationToken
    )
    {
        var row = await RowAsync(db, organisation, assessedFiscalYear, cancellationToken);
        if (stage > row.Plan)
            row.Plan = stage;
    }

    public static async Task ReportSubmittedAsync(
        DocumentsDbContext db,
        OrganisationInfo organisation,
        int assessedFiscalYear,
        ReportPeriod period,
        CancellationToken cancellationToken
    )
    {
        var row = await RowAsync(db, organisation, assessedFiscalYear, cancellationToken);
        if (period == ReportPeriod.SixMonths)
            row.SixMonthReport = true;
        else
            row.TwelveMonthReport = true;
    }

    private static async Task<OrganisationYear> RowAsync(
        DocumentsDbContext db,
        OrganisationInfo organisation,
        int fiscalYear,
        CancellationToken cancellationToken
    )
    {
        var row = await db.OrganisationYears.FindAsync([organisation.Code, fiscalYear], cancellationToken);
        if (row is null)
        {
            row = new OrganisationYear
            {
                OrganisationCode = organisation.Code,
                FiscalYear = fiscalYear,
                Name = organisation.Name,
                Type = organisation.Type,
                Province = organisation.Province,
            };
            db.OrganisationYears.Add(row);
        }
        // Names and provinces follow the latest event.
        row.Name = organisation.Name;
        row.Type = organisation.Type;
        row.Province = organisation.Province;
        return row;
    }
}
