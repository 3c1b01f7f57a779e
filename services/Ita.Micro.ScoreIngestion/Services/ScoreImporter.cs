using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// The one import pipeline behind HTTP and the broker: each organisation-year whose content differs from the
/// latest revision held becomes a new revision and an <see cref="AssessmentRecorded"/>, written with the import in
/// one transaction through the outbox. Content already held changes nothing and publishes nothing.
/// </summary>
public sealed class ScoreImporter(IngestionDbContext db, ILogger<ScoreImporter> logger)
{
    /// <param name="assessments">Already validated with <see cref="AssessmentValidator"/>.</param>
    /// <param name="announceCompletion">Publish <see cref="ScoreImportCompleted"/> with the import (for integrations).</param>
    public async Task<ScoreImport> ImportAsync(Guid importId, string source, string channel,
        IReadOnlyList<SubmittedAssessment> assessments, CancellationToken cancellationToken, bool announceCompletion = false)
    {
        var now = DateTime.UtcNow;
        var import = new ScoreImport { Id = importId, Source = source, Channel = channel, ReceivedAtUtc = now, RowsRead = assessments.Count };
        db.Imports.Add(import);

        var codes = assessments.Select(a => a.Organisation.Code.Trim()).Distinct().ToList();
        var held = await db.Assessments.Where(a => codes.Contains(a.OrganisationCode))
            .GroupBy(a => new { a.OrganisationCode, a.FiscalYear })
            .Select(g => g.OrderByDescending(a => a.Revision).First())
            .ToListAsync(cancellationToken);
        var latest = held.ToDictionary(a => (a.OrganisationCode, a.FiscalYear));

        // Oldest year first, so a year sent together with the one before it can carry that year's total.
        foreach (var submitted in assessments.Select(Normalise).OrderBy(a => a.FiscalYear))
        {
            var key = (submitted.Organisation.Code, submitted.FiscalYear);
            var hash = ContentHash.Of(submitted);
            latest.TryGetValue(key, out var previous);
            if (previous?.ContentHash == hash)
            {
                import.Unchanged++;
                continue;
            }

            var assessment = new Assessment
            {
                Id = Guid.NewGuid(),
                OrganisationCode = submitted.Organisation.Code,
                OrganisationName = submitted.Organisation.Name,
                OrganisationType = submitted.Organisation.Type,
                Province = submitted.Organisation.Province,
                District = submitted.Organisation.District,
                FiscalYear = submitted.FiscalYear,
                Revision = (previous?.Revision ?? 0) + 1,
                Total = submitted.Scores.Total,
                PublishedRating = submitted.PublishedRating,
                ScoresJson = JsonSerializer.Serialize(submitted.Scores, JsonSerializerOptions.Web),
                ContentHash = hash,
                ImportId = importId,
                RecordedAtUtc = now,
            };
            db.Assessments.Add(assessment);
            latest[key] = assessment;
            import.Recorded++;

            latest.TryGetValue((key.Code, key.FiscalYear - 1), out var yearBefore);
            db.Publish(new AssessmentRecorded
            {
                AssessmentId = assessment.Id,
                Organisation = submitted.Organisation,
                FiscalYear = submitted.FiscalYear,
                Revision = assessment.Revision,
                Scores = submitted.Scores,
                PublishedRating = submitted.PublishedRating,
                PreviousYearTotal = yearBefore?.Total,
                ImportId = importId,
                RecordedAtUtc = now,
            });
        }

        if (announceCompletion)
        {
            db.Publish(new ScoreImportCompleted
            {
                ImportId = importId, Source = source, RowsRead = import.RowsRead, Recorded = import.Recorded,
                Unchanged = import.Unchanged, Errors = [], CompletedAtUtc = DateTime.UtcNow,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
        logger.LogInformation("Import {ImportId} from {Source} via {Channel}: {RowsRead} rows, {Recorded} recorded, {Unchanged} unchanged",
            import.Id, source, channel, import.RowsRead, import.Recorded, import.Unchanged);
        return import;
    }

    private static SubmittedAssessment Normalise(SubmittedAssessment a) => a with
    {
        Organisation = a.Organisation with
        {
            Code = a.Organisation.Code.Trim(),
            Name = a.Organisation.Name.Trim(),
            Type = a.Organisation.Type.Trim(),
            Province = a.Organisation.Province.Trim(),
            District = string.IsNullOrWhiteSpace(a.Organisation.District) ? null : a.Organisation.District.Trim(),
        },
        Scores = a.Scores with
        {
            Tools = (a.Scores.Tools ?? []).Select(t => t with { Tool = t.Tool.Trim().ToUpperInvariant() }).ToList(),
            Indicators = a.Scores.Indicators ?? [],
            Items = (a.Scores.Items ?? []).Select(i => i with { Code = i.Code.Trim() }).ToList(),
        },
    };
}
