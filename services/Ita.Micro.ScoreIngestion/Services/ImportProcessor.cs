using System.Diagnostics;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using Ita.Micro.ScoreIngestion.Telemetry;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// The one import pipeline behind HTTP and the broker. Reads a stored file row by row, and in batches: rejects rows
/// with located errors (others in the file are still accepted), fills in what the code book allows, and turns each
/// organisation-year whose content differs from the latest revision into a new revision and an
/// <see cref="AssessmentRecorded"/> — written in one transaction with the progress, through the outbox.
/// </summary>
public sealed class ImportProcessor(
    IngestionDbContext db,
    RawFileStore files,
    IOptions<ImportOptions> options,
    ICodeBooks books,
    ActivitySource activities,
    ILogger<ImportProcessor> logger
)
{
    private const int ErrorsInReply = 100;
    private readonly List<string> _firstErrors = [];

    public async Task ProcessAsync(Guid importId, CancellationToken cancellationToken)
    {
        var import = await db.Imports.SingleAsync(i => i.Id == importId, cancellationToken);
        var started = Stopwatch.GetTimestamp();
        // Processing runs after the request has been answered; it continues the trace of the request (or message).
        using var activity = activities.StartActivity(
            "process score import",
            ActivityKind.Internal,
            import.TraceParent
        );
        activity?.SetTag("ita.import_id", importId);
        // Started again after a crash: the file is read from the top; what was recorded stays recorded.
        await db.Issues.Where(i => i.ImportId == importId).ExecuteDeleteAsync(cancellationToken);
        import.RowsRead = import.Recorded = import.Unchanged = import.Rejected = import.Warnings = 0;

        var seen = new HashSet<(string, int)>();
        try
        {
            await using var stream = files.Open(import.StoredFile);
            var batch = new List<ParsedRow>(options.Value.BatchSize);
            var format = Enum.Parse<ScoreFileFormat>(import.Format);
            await foreach (var row in ScoreFileReader.ReadAsync(stream, format, books, cancellationToken))
            {
                batch.Add(row);
                if (batch.Count < options.Value.BatchSize)
                    continue;
                await RecordBatchAsync(import, batch, seen, cancellationToken);
                batch.Clear();
            }
            await RecordBatchAsync(import, batch, seen, cancellationToken);
            import.Status = ImportStatus.Completed;
        }
        catch (ImportFileException ex)
        {
            import.Status = ImportStatus.Failed;
            import.FailureMessage = TextLimits.Clip(ex.Message, TextLimits.FailureMessage);
            AddIssue(import, IssueSeverity.Error, new RowError(null, null, null, ex.Message));
        }
        import.CompletedAtUtc = DateTime.UtcNow;
        if (import.ReplyWhenDone)
        {
            db.Publish(
                new ScoreImportCompleted
                {
                    ImportId = import.Id,
                    Source = import.Source,
                    RowsRead = import.RowsRead,
                    Recorded = import.Recorded,
                    Unchanged = import.Unchanged,
                    Errors = _firstErrors,
                    CompletedAtUtc = import.CompletedAtUtc.Value,
                }
            );
        }
        await db.SaveChangesAsync(cancellationToken);
        ImportMetrics.Processed(
            import.Format,
            import.Status.ToString(),
            import.RowsRead,
            import.Recorded,
            import.Rejected,
            Stopwatch.GetElapsedTime(started)
        );
        logger.LogInformation(
            "Import {ImportId} {Status}: {RowsRead} rows, {Recorded} recorded, {Unchanged} unchanged, {Rejected} rejected, {Warnings} warnings",
            import.Id,
            import.Status,
            import.RowsRead,
            import.Recorded,
            import.Unchanged,
            import.Rejected,
            import.Warnings
        );
    }

    private async Task RecordBatchAsync(
        ScoreImport import,
        List<ParsedRow> rows,
        HashSet<(string, int)> seen,
        CancellationToken ct
    )
    {
        var codes = rows.Select(r => r.Value?.OrganisationCode).OfType<string>().Distinct().ToList();
        var organisations = await db
            .Organisations.Where(o => codes.Contains(o.Code))
            .ToDictionaryAsync(o => o.Code, ct);
        var latest = (
            await db
                .Assessments.Where(a => codes.Contains(a.OrganisationCode))
                .Select(a => new HeldRevision(
                    a.OrganisationCode,
                    a.FiscalYear,
                    a.Revision,
                    a.ContentHash,
                    a.Total,
                    a.ImportId,
                    null
                ))
                .ToListAsync(ct)
        )
            .GroupBy(a => (a.Code, a.FiscalYear))
            .ToDictionary(g => g.Key, g => g.MaxBy(a => a.Revision)!);

        // Earlier years first within a batch, so a year sent together with the one before it carries that year's total.
        foreach (var row in rows.OrderBy(r => r.Value?.FiscalYear ?? 0))
        {
            import.RowsRead++;
            var error = Check(row, organisations, seen);
            if (error is not null)
            {
                import.Rejected++;
                foreach (var e in error)
                    AddIssue(import, IssueSeverity.Error, e);
                continue;
            }

            var value = row.Value!;
            var organisation = organisations[value.OrganisationCode];
            var book = books.Find(value.FiscalYear)!;
            var completion = ScoreCalculator.Complete(value.Scores, book);
            if (completion.Scores.Total is not { } total)
            {
                import.Rejected++;
                AddIssue(
                    import,
                    IssueSeverity.Error,
                    new RowError(
                        row.Row,
                        "total",
                        value.OrganisationCode,
                        "ต้องมีคะแนนรวม หรือคะแนนครบทั้งสามเครื่องมือ / A total, or the scores of all three tools, is required"
                    )
                );
                continue;
            }
            // A published label is the official rating, so one the year's scheme does not have (an AA in 2568, a
            // typo) cannot be recorded as it; it is kept in the scheme's spelling so the same label is one content.
            var published = value.PublishedRating is { } given ? book.Rating.Find(given) : null;
            if (value.PublishedRating is { } unknown && published is null)
            {
                import.Rejected++;
                AddIssue(
                    import,
                    IssueSeverity.Error,
                    new RowError(
                        row.Row,
                        "rating",
                        value.OrganisationCode,
                        OfficialRating.UnknownLabelMessage(book, unknown)
                    )
                );
                continue;
            }
            foreach (var warning in completion.Warnings)
            {
                import.Warnings++;
                AddIssue(import, IssueSeverity.Warning, new RowError(row.Row, null, value.OrganisationCode, warning));
            }
            if (
                OfficialRating.Decide(book, total, completion.Scores.Tools, published).ConflictMessage() is { } conflict
            )
            {
                import.Warnings++;
                AddIssue(
                    import,
                    IssueSeverity.Warning,
                    new RowError(row.Row, "rating", value.OrganisationCode, conflict)
                );
            }

            var key = (value.OrganisationCode, value.FiscalYear);
            var hash = ContentHash.Of(value.OrganisationCode, value.FiscalYear, published, completion.Scores);
            latest.TryGetValue(key, out var previous);
            if (previous?.ContentHash == hash)
            {
                if (previous.ImportId == import.Id)
                    import.Recorded++;
                else
                    import.Unchanged++;
                continue;
            }

            if (previous is not null && import.Mode == ImportMode.Update)
            {
                var held = previous.Scores
                    ?? await ScoresOfAsync(value.OrganisationCode, value.FiscalYear, previous.Revision, ct);
                var dropped = PartialRow.DroppedColumns(held, completion.Scores);
                if (dropped.Count > 0)
                {
                    import.Rejected++;
                    AddIssue(
                        import,
                        IssueSeverity.Error,
                        new RowError(
                            row.Row,
                            dropped[0],
                            value.OrganisationCode,
                            PartialRow.Message(dropped, previous.Revision)
                        )
                    );
                    continue;
                }
            }

            var info = new OrganisationInfo
            {
                Code = organisation.Code,
                Name = organisation.Name,
                Type = organisation.Type,
                Province = organisation.Province,
                District = organisation.District,
            };
            var assessment = new Assessment
            {
                Id = Guid.NewGuid(),
                OrganisationCode = info.Code,
                OrganisationName = info.Name,
                OrganisationType = info.Type,
                Province = info.Province,
                District = info.District,
                FiscalYear = value.FiscalYear,
                Revision = (previous?.Revision ?? 0) + 1,
                Total = completion.Scores.Total,
                PublishedRating = published,
                ScoresJson = JsonSerializer.Serialize(completion.Scores, ContractJson.Options),
                ContentHash = hash,
                ImportId = import.Id,
                RecordedAtUtc = DateTime.UtcNow,
            };
            db.Assessments.Add(assessment);
            latest[key] = new HeldRevision(
                info.Code,
                assessment.FiscalYear,
                assessment.Revision,
                hash,
                assessment.Total,
                import.Id,
                completion.Scores
            );
            import.Recorded++;

            latest.TryGetValue((info.Code, value.FiscalYear - 1), out var yearBefore);
            db.Publish(
                new AssessmentRecorded
                {
                    AssessmentId = assessment.Id,
                    Organisation = info,
                    FiscalYear = assessment.FiscalYear,
                    Revision = assessment.Revision,
                    Scores = completion.Scores,
                    PublishedRating = published,
                    PreviousYearTotal = yearBefore?.Total,
                    ImportId = import.Id,
                    RecordedAtUtc = assessment.RecordedAtUtc,
                }
            );
        }

        import.HeartbeatAtUtc = DateTime.UtcNow;
        await db.SaveChangesAsync(ct);
        // Keep memory flat across a national file: only the import itself stays tracked.
        db.ChangeTracker.Clear();
        db.Attach(import);
    }

    private static List<RowError>? Check(
        ParsedRow row,
        Dictionary<string, Organisation> organisations,
        HashSet<(string, int)> seen
    )
    {
        if (row.Errors.Count > 0 || row.Value is null)
            return row.Errors.ToList();
        var value = row.Value;
        if (!organisations.ContainsKey(value.OrganisationCode))
            return
            [
                new RowError(
                    row.Row,
                    "organisation_code",
                    value.OrganisationCode,
                    $"ไม่พบองค์กรรหัส {value.OrganisationCode} ในทะเบียนองค์กร / Unknown organisation {value.OrganisationCode}"
                ),
            ];
        if (!seen.Add((value.OrganisationCode, value.FiscalYear)))
            return
            [
                new RowError(
                    row.Row,
                    "organisation_code",
                    value.OrganisationCode,
                    $"องค์กร {value.OrganisationCode} ปีงบประมาณ {value.FiscalYear} ซ้ำในไฟล์เดียวกัน / Duplicated organisation-year in one file"
                ),
            ];
        return null;
    }

    private void AddIssue(ScoreImport import, IssueSeverity severity, RowError error)
    {
        db.Issues.Add(
            new ImportIssue
            {
                ImportId = import.Id,
                Severity = severity,
                Row = error.Row,
                Column = TextLimits.Clip(error.Column, TextLimits.IssueColumn),
                OrganisationCode = TextLimits.Clip(error.OrganisationCode, TextLimits.IssueOrganisationCode),
                Message = TextLimits.Clip(error.Message, TextLimits.IssueMessage),
            }
        );
        if (severity == IssueSeverity.Error && _firstErrors.Count < ErrorsInReply)
            _firstErrors.Add(
                $"{(error.Row is { } row ? $"row {row}" : "file")}{(error.Column is { } column ? $", {column}" : "")}: {error.Message}"
            );
    }

    /// <summary>The scores of a held revision, read only for a row that would change it.</summary>
    private async Task<AssessmentScores> ScoresOfAsync(string code, int fiscalYear, int revision, CancellationToken ct)
    {
        var json = await db
            .Assessments.Where(a => a.OrganisationCode == code && a.FiscalYear == fiscalYear && a.Revision == revision)
            .Select(a => a.ScoresJson)
            .SingleAsync(ct);
        return JsonSerializer.Deserialize<AssessmentScores>(json, ContractJson.Options)!;
    }

    /// <summary>The latest revision of an organisation-year; <see cref="Scores"/> once this import recorded it.</summary>
    private sealed record HeldRevision(
        string Code,
        int FiscalYear,
        int Revision,
        string ContentHash,
        decimal? Total,
        Guid ImportId,
        AssessmentScores? Scores
    );
}
