using System.ComponentModel.DataAnnotations;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Services;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Consumers;

/// <summary>Imports scores sent by an integration over the broker, through the same pipeline as HTTP.</summary>
public sealed class SubmitScoreImportConsumer(IngestionDbContext db, ScoreImporter importer, ILogger<SubmitScoreImportConsumer> logger)
    : IConsumer<SubmitScoreImport>
{
    public async Task Consume(ConsumeContext<SubmitScoreImport> context)
    {
        var command = context.Message;
        // The sender chooses the import id, so a command sent twice is imported once.
        if (await db.Imports.AnyAsync(i => i.Id == command.ImportId, context.CancellationToken))
        {
            logger.LogInformation("Import {ImportId} was already processed; ignoring the repeat", command.ImportId);
            return;
        }

        var errors = AssessmentValidator.Validate(command.Assessments);
        if (errors.Count > 0)
        {
            // Not retried (validation): the integration is told why, and the message is kept in the _error queue.
            var messages = errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}")).ToList();
            await context.Publish(new ScoreImportCompleted
            {
                ImportId = command.ImportId, Source = command.Source, RowsRead = command.Assessments?.Count ?? 0,
                Recorded = 0, Unchanged = 0, Errors = messages, CompletedAtUtc = DateTime.UtcNow,
            });
            throw new ValidationException($"Import {command.ImportId} refused: {string.Join("; ", messages)}");
        }

        var import = await importer.ImportAsync(command.ImportId, command.Source, "broker", command.Assessments,
            context.CancellationToken, announceCompletion: true);
        logger.LogInformation("Import {ImportId} from the broker recorded {Recorded} revisions", import.Id, import.Recorded);
    }
}
