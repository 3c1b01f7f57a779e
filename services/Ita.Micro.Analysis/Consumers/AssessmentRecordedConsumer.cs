using System.ComponentModel.DataAnnotations;
using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Analysis.Catalogue;
using Ita.Micro.Analysis.Infrastructure;
using Ita.Micro.Analysis.Model;
using Ita.Micro.Analysis.Peers;
using Ita.Micro.Analysis.Services;
using Ita.Micro.Analysis.Telemetry;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Outbox;
using Ita.Micro.ServiceDefaults.Telemetry;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.Analysis.Consumers;

/// <summary>
/// Analyses each recorded assessment revision once, a batch of messages to one transaction: a national import is
/// ~7,900 messages, and one save (and one load of the peer aggregates every message updates) per message cost far more
/// than the analysis itself. The batch is handled as if its messages came one by one, oldest year and revision first
/// (MassTransit does not keep delivery order within a batch, and the broker never promised one across a prefetch): a
/// redelivered message is caught by the inbox (or by an earlier copy in the same batch); a revision already analysed,
/// or older than one analysed before this batch, is skipped so it never replaces newer results. The year before is
/// compared with from this service's own latest analysis of it, so no other service is called.
/// </summary>
public sealed class AssessmentRecordedConsumer(
    AnalysisDbContext db,
    CatalogueStore catalogue,
    ICodeBooks books,
    IOptions<AnalysisOptions> options,
    ILogger<AssessmentRecordedConsumer> logger
) : IConsumer<Batch<AssessmentRecorded>>
{
    public async Task Consume(ConsumeContext<Batch<AssessmentRecorded>> context)
    {
        var ct = context.CancellationToken;
        var started = Stopwatch.GetTimestamp();
        var messages = await NotYetProcessedAsync(context.Message, ct);
        ItaMetrics.DuplicateSkipped(nameof(AssessmentRecordedConsumer), context.Message.Length - messages.Count);
        var newest = await NewestRevisionsAsync(messages, ct);
        var analysed = new Dictionary<(string, int), AssessmentAnalysed>();
        var results = new List<AssessmentAnalysed>();
        var previousYears = await PreviousYearsAsync(messages, ct);
        var invalid = new List<AssessmentRecorded>();
        MeasureCatalogue? measures = null;

        foreach (var (messageId, recorded) in messages)
        {
            var key = (recorded.Organisation.Code, recorded.FiscalYear);
            var latest = newest.GetValueOrDefault(key);
            if (latest.Assessment >= recorded.Revision)
            {
                MarkProcessed(messageId);
                logger.LogInformation(
                    "Skipping {OrganisationCode} {FiscalYear} revision {Revision}: revision {Newest} is analysed",
                    recorded.Organisation.Code,
                    recorded.FiscalYear,
                    recorded.Revision,
                    latest.Assessment
                );
                continue;
            }
            var book = books.Find(recorded.FiscalYear);
            if (book is null)
            {
                // Not marked as processed: once the code book is published, a replay from the _error queue is analysed.
                invalid.Add(recorded);
                continue;
            }
            MarkProcessed(messageId);

            // An analysis of the year before made earlier in this batch is newer than anything stored.
            var previous = analysed.GetValueOrDefault((recorded.Organisation.Code, recorded.FiscalYear - 1))
                ?? previousYears.GetValueOrDefault((recorded.Organisation.Code, recorded.FiscalYear - 1));
            // Read once per batch, not per message: an administrator's edit still reaches every replica's next batch.
            measures ??= await catalogue.CurrentAsync(ct);
            var result = AssessmentAnalyser.Analyse(recorded, book, previous, options.Value, DateTime.UtcNow)
            // The assessment's number while no organisation-year was analysed again, and never below the last.
            with
            {
                Revision = Math.Max(latest.Analysis + 1, recorded.Revision),
            };
            result = result with { RecommendedMeasures = MeasureRecommender.Recommend(result, measures) };
            Keep(result);
            newest[key] = (recorded.Revision, result.Revision);
            analysed[key] = result;
            results.Add(result);
        }

        // A year that arrived (or changed) after the year following it was analysed: that analysis compared with
        // nothing or with old figures, so it is made again against this one, as a new revision everyone receives.
        var following = await FollowingYearsAsync(
            results.Where(r => !analysed.ContainsKey((r.Organisation.Code, r.FiscalYear + 1))).ToList(),
            ct
        );
        foreach (var previous in results.ToList())
        {
            if (!following.TryGetValue((previous.Organisation.Code, previous.FiscalYear + 1), out var stale))
                continue;
            if (books.Find(stale.Result.FiscalYear) is not { } book)
                continue;
            measures ??= await catalogue.CurrentAsync(ct);
            var result = AssessmentAnalyser.Reanalyse(
                stale.Result with
                {
                    Organisation = previous.Organisation,
                },
                stale.Revision + 1,
                book,
                previous,
                options.Value,
                DateTime.UtcNow
            );
            result = result with { RecommendedMeasures = MeasureRecommender.Recommend(result, measures) };
            Keep(result);
            results.Add(result);
            logger.LogInformation(
                "Re-analysed {OrganisationCode} {FiscalYear} as revision {Revision} against the newer analysis of {PreviousFiscalYear}",
                result.Organisation.Code,
                result.FiscalYear,
                result.Revision,
                previous.FiscalYear
            );
        }

        // In the order analysed, so each organisation's peer score ends at its newest revision.
        await PeerStatisticsUpdater.ApplyAsync(db, results, ct);
        await db.SaveChangesAsync(ct);
        AnalysisMetrics.BatchAnalysed(context.Message.Length, results.Count, Stopwatch.GetElapsedTime(started));

        // The rest of the batch is committed and in the inbox; faulting now sends the whole batch to the _error queue
        // (validation errors are not retried), where a replay analyses only what is missing.
        if (invalid.Count > 0)
            throw new ValidationException(
                "No ITA code book for fiscal year "
                    + string.Join(
                        ", ",
                        invalid.Select(r => $"{r.FiscalYear} ({r.Organisation.Code} revision {r.Revision})")
                    )
                    + "."
            );
    }

    /// <summary>Stores the analysis and publishes it: the stored analysis is the published event, serialised once for both.</summary>
    private void Keep(AssessmentAnalysed result)
    {
        db.Analyses.Add(ToRecord(result, db.Publish(result)));
        logger.LogInformation(
            "Analysed {OrganisationCode} {FiscalYear} revision {Revision}: {Total} {Rating} ({RatingSource})",
            result.Organisation.Code,
            result.FiscalYear,
            result.Revision,
            result.Total,
            result.Rating,
            result.Official?.Source
        );
    }

    /// <summary>
    /// The batch's messages, oldest year and revision first, less those the inbox has seen and repeats of a MessageId
    /// within the batch. A message without a MessageId cannot be recognised again, so it is always processed.
    /// </summary>
    private async Task<List<(Guid? MessageId, AssessmentRecorded Recorded)>> NotYetProcessedAsync(
        Batch<AssessmentRecorded> batch,
        CancellationToken ct
    )
    {
        var ids = batch.Select(m => m.MessageId).OfType<Guid>().Distinct().ToList();
        var seen = (
            await db
                .InboxMessages.Where(m => m.Consumer == nameof(AssessmentRecordedConsumer) && ids.Contains(m.MessageId))
                .Select(m => m.MessageId)
                .ToListAsync(ct)
        ).ToHashSet();
        var messages = new List<(Guid? MessageId, AssessmentRecorded Recorded)>();
        foreach (var message in batch)
            if (message.MessageId is not { } id || seen.Add(id))
                messages.Add((message.MessageId, message.Message));
        // A stable sort: two messages about the same revision keep their order, and the first is the one analysed.
        return messages.OrderBy(m => m.Recorded.FiscalYear).ThenBy(m => m.Recorded.Revision).ToList();
    }

    /// <summary>Records the message in the inbox, in this batch's transaction, so a redelivery is skipped.</summary>
    private void MarkProcessed(Guid? messageId)
    {
        if (messageId is { } id)
            db.InboxMessages.Add(
                new InboxMessage
                {
                    MessageId = id,
                    Consumer = nameof(AssessmentRecordedConsumer),
                    ProcessedAtUtc = DateTime.UtcNow,
                }
            );
    }

    /// <summary>The newest analysed assessment revision and analysis revision of each organisation-year in the batch.</summary>
    private async Task<Dictionary<(string, int), (int Assessment, int Analysis)>> NewestRevisionsAsync(
        List<(Guid? MessageId, AssessmentRecorded Recorded)> messages,
        CancellationToken ct
    )
    {
        var codes = messages.Select(m => m.Recorded.Organisation.Code).Distinct().ToList();
        var years = messages.Select(m => m.Recorded.FiscalYear).Distinct().ToList();
        var rows = await db
            .Analyses.Where(a => codes.Contains(a.OrganisationCode) && years.Contains(a.FiscalYear))
            .GroupBy(a => new { a.OrganisationCode, a.FiscalYear })
            .Select(g => new
            {
                g.Key.OrganisationCode,
                g.Key.FiscalYear,
                Assessment = g.Max(a => a.AssessmentRevision),
                Analysis = g.Max(a => a.Revision),
            })
            .ToListAsync(ct);
        return rows.ToDictionary(r => (r.OrganisationCode, r.FiscalYear), r => (r.Assessment, r.Analysis));
    }

    /// <summary>The latest stored analysis of the year after each given one, where one is held, with its revision.</summary>
    private async Task<Dictionary<(string, int), (int Revision, AssessmentAnalysed Result)>> FollowingYearsAsync(
        List<AssessmentAnalysed> analyses,
        CancellationToken ct
    )
    {
        if (analyses.Count == 0)
            return [];
        var codes = analyses.Select(a => a.Organisation.Code).Distinct().ToList();
        var years = analyses.Select(a => a.FiscalYear + 1).Distinct().ToList();
        var wanted = analyses.Select(a => (a.Organisation.Code, a.FiscalYear + 1)).ToHashSet();
        var rows = await db
            .Analyses.Where(a =>
                codes.Contains(a.OrganisationCode)
                && years.Contains(a.FiscalYear)
                && !db.Analyses.Any(b =>
                    b.OrganisationCode == a.OrganisationCode && b.FiscalYear == a.FiscalYear && b.Revision > a.Revision
                )
            )
            .Select(a => new
            {
                a.OrganisationCode,
                a.FiscalYear,
                a.Revision,
                a.ResultJson,
            })
            .ToListAsync(ct);
        return rows.Where(r => wanted.Contains((r.OrganisationCode, r.FiscalYear)))
            .ToDictionary(
                r => (r.OrganisationCode, r.FiscalYear),
                r =>
                    (
                        r.Revision,
                        JsonSerializer.Deserialize<AssessmentAnalysed>(r.ResultJson, JsonSerializerOptions.Web)!
                    )
            );
    }

    /// <summary>The latest revision's stored analysis of each organisation's previous fiscal year, where one is held.</summary>
    private async Task<Dictionary<(string, int), AssessmentAnalysed>> PreviousYearsAsync(
        List<(Guid? MessageId, AssessmentRecorded Recorded)> messages,
        CancellationToken ct
    )
    {
        var codes = messages.Select(m => m.Recorded.Organisation.Code).Distinct().ToList();
        var years = messages.Select(m => m.Recorded.FiscalYear - 1).Distinct().ToList();
        // Revision numbers first, so only the latest revision's JSON is read, not every revision's.
        var latest = await db
            .Analyses.Where(a => codes.Contains(a.OrganisationCode) && years.Contains(a.FiscalYear))
            .GroupBy(a => new { a.OrganisationCode, a.FiscalYear })
            .Select(g => new
            {
                g.Key.OrganisationCode,
                g.Key.FiscalYear,
                Revision = g.Max(a => a.Revision),
            })
            .ToListAsync(ct);
        if (latest.Count == 0)
            return [];
        var wanted = latest.Select(l => (l.OrganisationCode, l.FiscalYear, l.Revision)).ToHashSet();
        var revisions = latest.Select(l => l.Revision).Distinct().ToList();
        var rows = await db
            .Analyses.Where(a =>
                codes.Contains(a.OrganisationCode) && years.Contains(a.FiscalYear) && revisions.Contains(a.Revision)
            )
            .Select(a => new
            {
                a.OrganisationCode,
                a.FiscalYear,
                a.Revision,
                a.ResultJson,
            })
            .ToListAsync(ct);
        return rows.Where(r => wanted.Contains((r.OrganisationCode, r.FiscalYear, r.Revision)))
            .ToDictionary(
                r => (r.OrganisationCode, r.FiscalYear),
                r => JsonSerializer.Deserialize<AssessmentAnalysed>(r.ResultJson, JsonSerializerOptions.Web)!
            );
    }

    private static AnalysisRecord ToRecord(AssessmentAnalysed analysed, string json) =>
        new()
        {
            Id = analysed.AnalysisId,
            OrganisationCode = analysed.Organisation.Code,
            OrganisationName = analysed.Organisation.Name,
            Province = analysed.Organisation.Province,
            District = string.IsNullOrWhiteSpace(analysed.Organisation.District)
                ? null
                : analysed.Organisation.District.Trim(),
            OrganisationType = analysed.Organisation.Type,
            FiscalYear = analysed.FiscalYear,
            Revision = analysed.Revision,
            AssessmentRevision = analysed.AssessmentRevision,
            Total = analysed.Total,
            Rating = analysed.Rating,
            RatingSource = OfficialRating.Of(analysed).Source,
            PublishedRating = OfficialRating.Of(analysed).PublishedLabel,
            ComputedRating = OfficialRating.Of(analysed).ComputedLabel,
            Passed = analysed.Passed,
            ResultJson = json,
            AnalysedAtUtc = analysed.AnalysedAtUtc,
        };
}
