using System.Diagnostics;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services.Parsing;

namespace Ita.Micro.ScoreIngestion.Services;

/// <summary>
/// Records a stored file as a queued import and hands it to the worker: the one step HTTP and the broker share
/// between keeping the file and processing its rows.
/// </summary>
public sealed class ImportIntake(IngestionDbContext db, ImportQueue queue)
{
    /// <param name="submittedBy">The user (HTTP) or integration (broker) that sent the file, kept for the import history.</param>
    public async Task<ScoreImport> QueueAsync(
        Guid id,
        string source,
        string submittedBy,
        string channel,
        ScoreFileFormat format,
        string? fileName,
        (string StoredFile, long Size) stored,
        bool replyWhenDone,
        ImportMode mode,
        CancellationToken cancellationToken
    )
    {
        var import = new ScoreImport
        {
            Id = id,
            Source = TextLimits.Clip(source, TextLimits.Source),
            SubmittedBy = TextLimits.Clip(submittedBy, TextLimits.Source),
            Channel = channel,
            Format = format.ToString(),
            FileName = TextLimits.ClipFileName(fileName),
            StoredFile = stored.StoredFile,
            SizeBytes = stored.Size,
            Status = ImportStatus.Queued,
            Mode = mode,
            ReplyWhenDone = replyWhenDone,
            // Processing runs later, in the worker; it continues this request's (or message's) trace.
            TraceParent = Activity.Current?.Id,
            ReceivedAtUtc = DateTime.UtcNow,
        };
        db.Imports.Add(import);
        await db.SaveChangesAsync(cancellationToken);
        queue.Enqueue(import.Id);
        return import;
    }
}
