using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.DocumentRendering.Services;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Consumers;

/// <summary>
/// A submitted 6- or 12-month report becomes two documents: the report itself and the memo that puts it to the chief
/// executive. Both carry the assessed year's result when this service holds that analysis.
/// </summary>
public sealed class ProgressReportSubmittedConsumer(
    DocumentsDbContext db,
    ILogger<ProgressReportSubmittedConsumer> logger
) : IConsumer<ProgressReportSubmitted>
{
    public Task Consume(ConsumeContext<ProgressReportSubmitted> context) =>
        HandleAsync(context.Message, context.CancellationToken);

    private async Task HandleAsync(ProgressReportSubmitted report, CancellationToken ct)
    {
        await OrganisationYears.ReportSubmittedAsync(
            db,
            report.Organisation,
            report.AssessedFiscalYear,
            report.Period,
            ct
        );
        var data = new ProgressDocumentData(report, await AssessedAsync(report, ct));
        var subject = $"report:{report.PlanId}:{(int)report.Period}";
        foreach (var kind in new[] { DocumentKind.ProgressReport, DocumentKind.Memo })
        {
            var (document, created) = await DocumentLedger.RecordAsync(
                db,
                kind,
                subject,
                report.Organisation.Code,
                report.Organisation.Name,
                report.Organisation.Province,
                report.PlanFiscalYear,
                data,
                RenderPriority.SomeoneWaits,
                ct
            );
            logger.LogInformation(
                "{DocumentKind} of report {ReportId} of {OrganisationCode}: document {DocumentId} version {Version} ({Outcome})",
                kind,
                report.ReportId,
                report.Organisation.Code,
                document.Id,
                document.Version,
                created ? "queued" : "same data"
            );
        }
    }

    /// <summary>The latest revision held of the assessed year's analysis; a report without it still renders.</summary>
    private async Task<AssessedResult?> AssessedAsync(ProgressReportSubmitted report, CancellationToken ct)
    {
        var row = await db.OrganisationYears.FindAsync([report.Organisation.Code, report.AssessedFiscalYear], ct);
        if (row is { Total: { } total, Passed: { } passed })
            return new AssessedResult(total, row.Rating, passed);
        var snapshot = await db
            .Analyses.Where(a =>
                a.OrganisationCode == report.Organisation.Code && a.FiscalYear == report.AssessedFiscalYear
            )
            .OrderByDescending(a => a.Revision)
            .FirstOrDefaultAsync(ct);
        if (snapshot is null)
            return null;
        var analysis = snapshot.Analysis();
        return new AssessedResult(analysis.Total, OfficialRating.Of(analysis).Label, analysis.Passed);
    }
}
