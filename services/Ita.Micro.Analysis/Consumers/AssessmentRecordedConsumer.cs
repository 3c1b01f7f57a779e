using Ita.Micro.Analysis.Catalogue;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Analysis.Consumers;

/// <summary>
/// Analyses each recorded assessment revision once. A redelivered message is caught by the inbox; a revision
/// already analysed, or older than one analysed, is skipped so it never replaces newer results. The year before is
/// compared with from this service's own latest analysis of it, so no other service is called.
/// </summary>
public sealed class AssessmentRecordedConsumer(
    AnalysisDbContext db, CatalogueStore catalogue, IOptions<AnalysisOptions> options, ILogger<AssessmentRecordedConsumer> logger)
    : IConsumer<AssessmentRecorded>
{
    public async Task Consume(ConsumeContext<AssessmentRecorded> context)
    {
        var recorded = context.Message;
        var ct = context.CancellationToken;
        if (!await db.TryBeginProcessingAsync(context.MessageId, nameof(AssessmentRecordedConsumer), ct)) return;

        var newest = await db.Analyses
            .Where(a => a.OrganisationCode == recorded.Organisation.Code && a.FiscalYear == recorded.FiscalYear)
            .MaxAsync(a => (int?)a.Revision, ct);
        if (newest >= recorded.Revision)
        {
            logger.LogInformation("Skipping {OrganisationCode} {FiscalYear} revision {Revision}: revision {Newest} is analysed",
                recorded.Organisation.Code, recorded.FiscalYear, recorded.Revision, newest);
            await db.SaveChangesAsync(ct);
            return;
        }

        var book = CodeBookLibrary.Find(recorded.FiscalYear)
            ?? throw new ValidationException($"No ITA code book for fiscal year {recorded.FiscalYear}.");
        var previous = await PreviousYearAsync(recorded, ct);
        var analysed = AssessmentAnalyser.Analyse(recorded, book, previous, options.Value, DateTime.UtcNow);
        analysed = analysed with { RecommendedMeasures = MeasureRecommender.Recommend(analysed, await catalogue.CurrentAsync(ct)) };
        db.Analyses.Add(new AnalysisRecord
        {
            Id = analysed.AnalysisId,
            OrganisationCode = analysed.Organisation.Code,
            OrganisationName = analysed.Organisation.Name,
            Province = analysed.Organisation.Province,
            OrganisationType = analysed.Organisation.Type,
            FiscalYear = analysed.FiscalYear,
            Revision = analysed.Revision,
            Total = analysed.Total,
            Rating = analysed.Rating,
            Passed = analysed.Passed,
            ResultJson = JsonSerializer.Serialize(analysed, JsonSerializerOptions.Web),
            AnalysedAtUtc = analysed.AnalysedAtUtc,
        });
        db.Publish(analysed);
        await Peers.PeerStatisticsUpdater.ApplyAsync(db, analysed, ct);
        await db.SaveChangesAsync(ct);
        logger.LogInformation("Analysed {OrganisationCode} {FiscalYear} revision {Revision}: {Total} {Rating}",
            analysed.Organisation.Code, analysed.FiscalYear, analysed.Revision, analysed.Total, analysed.Rating);
    }

    /// <summary>The latest revision's analysis of the organisation's previous fiscal year, or null when none is held.</summary>
    private async Task<AssessmentAnalysed?> PreviousYearAsync(AssessmentRecorded recorded, CancellationToken ct)
    {
        var json = await db.Analyses
            .Where(a => a.OrganisationCode == recorded.Organisation.Code && a.FiscalYear == recorded.FiscalYear - 1)
            .OrderByDescending(a => a.Revision)
            .Select(a => a.ResultJson)
            .FirstOrDefaultAsync(ct);
        return json is null ? null : JsonSerializer.Deserialize<AssessmentAnalysed>(json, JsonSerializerOptions.Web);
    }
}
