using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.ScoreIngestion.Apis;
using Ita.Micro.ScoreIngestion.Infrastructure;
using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Ita.Micro.ScoreIngestion.Services.Parsing;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ScoreIngestion.Consumers;

/// <summary>
/// Takes an import sent by an integration over the broker — inline or as a file to fetch — into the same pipeline
/// as HTTP. The import is answered with <see cref="ScoreImportCompleted"/> once its rows are processed.
/// </summary>
public sealed class SubmitScoreImportConsumer(
    IngestionDbContext db,
    RawFileStore files,
    ImportIntake intake,
    IHttpClientFactory http,
    IOptions<ImportOptions> options,
    ILogger<SubmitScoreImportConsumer> logger
) : IConsumer<SubmitScoreImport>
{
    public const string HttpClientName = "score-files";

    public async Task Consume(ConsumeContext<SubmitScoreImport> context)
    {
        var command = context.Message;
        var ct = context.CancellationToken;
        // The sender chooses the import id, so a command sent twice is imported once.
        if (await db.Imports.AnyAsync(i => i.Id == command.ImportId, ct))
        {
            logger.LogInformation("Import {ImportId} was already received; ignoring the repeat", command.ImportId);
            return;
        }

        ScoreFileFormat format;
        (string StoredFile, long Size) stored;
        string? fileName = null;
        try
        {
            if (command.FileUrl is { Length: > 0 } url)
                (format, stored, fileName) = await FetchAsync(command.ImportId, url, ct);
            else if (command.Assessments is { Count: > 0 })
                (format, stored) = (ScoreFileFormat.Json, await SaveInlineAsync(command, ct));
            else
                throw new ValidationException(
                    "ต้องมี assessments หรือ fileUrl / Either assessments or fileUrl is required."
                );
        }
        catch (Exception ex) when (ex is ValidationException or ImportFileException or FileTooLargeException)
        {
            // Not retried: the integration is told why, and the message is kept in the _error queue.
            await context.Publish(
                new ScoreImportCompleted
                {
                    ImportId = command.ImportId,
                    Source = command.Source,
                    RowsRead = 0,
                    Recorded = 0,
                    Unchanged = 0,
                    Errors = [ex.Message],
                    CompletedAtUtc = DateTime.UtcNow,
                }
            );
            throw new ValidationException($"Import {command.ImportId} refused: {ex.Message}", ex);
        }

        await intake.QueueAsync(
            command.ImportId,
            command.Source,
            command.Source,
            "broker",
            format,
            fileName,
            stored,
            replyWhenDone: true,
            ImportMode.Update,
            ct
        );
    }

    private async Task<(string, long)> SaveInlineAsync(SubmitScoreImport command, CancellationToken ct)
    {
        var body = new MemoryStream(
            JsonSerializer.SerializeToUtf8Bytes(
                new { source = command.Source, assessments = command.Assessments },
                JsonSerializerOptions.Web
            )
        );
        return await files.SaveAsync(command.ImportId, "json", body, options.Value.MaxFileBytes, ct);
    }

    private async Task<(ScoreFileFormat, (string, long), string?)> FetchAsync(
        Guid importId,
        string url,
        CancellationToken ct
    )
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            throw new ValidationException($"fileUrl \"{url}\" is not an http(s) URL.");
        if (!options.Value.AllowedFileHosts.Contains(uri.Host, StringComparer.OrdinalIgnoreCase))
            throw new ValidationException($"fileUrl host {uri.Host} is not in Imports:AllowedFileHosts.");

        using var response = await http.CreateClient(HttpClientName)
            .GetAsync(uri, HttpCompletionOption.ResponseHeadersRead, ct);
        response.EnsureSuccessStatusCode();
        var fileName = Path.GetFileName(uri.AbsolutePath);
        var format = ScoreFileReader.Detect(fileName, response.Content.Headers.ContentType?.MediaType);
        await using var content = await response.Content.ReadAsStreamAsync(ct);
        var stored = await files.SaveAsync(
            importId,
            ImportsApi.Extension(format),
            content,
            options.Value.MaxFileBytes,
            ct
        );
        return (format, stored, fileName);
    }
}
