using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// At start-up, before the bus delivers anything, puts back in use the code books this service saved from
/// <see cref="Contracts.CodeBookPublished"/> messages, so a restart does not fall back to the shipped books.
/// A file that cannot be read or is not valid is logged and skipped: the service still runs, on the book it had.
/// </summary>
public sealed class CodeBookLoader(IOptions<DatabaseOptions> options, ILogger<CodeBookLoader> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = CodeBookFolder.Of(options.Value);
        if (!Directory.Exists(folder)) return Task.CompletedTask;

        var loaded = 0;
        // Only finished files: a *.tmp left by a crash mid-write is not a book.
        foreach (var path in Directory.EnumerateFiles(folder, "ita-*.json").Where(p => p.EndsWith(".json", StringComparison.Ordinal)).Order())
        {
            cancellationToken.ThrowIfCancellationRequested();
            try
            {
                using var stream = File.OpenRead(path);
                var book = CodeBookLibrary.Parse(stream);
                var errors = CodeBookValidator.Validate(book);
                if (errors.Count > 0)
                {
                    logger.LogError("Code book file {Path} is not valid; skipped: {Errors}", path, string.Join("; ", errors));
                    continue;
                }
                // Use keeps the highest version of each year, so the order of the files does not matter.
                CodeBookLibrary.Use(book);
                loaded++;
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Text.Json.JsonException
                                           or InvalidDataException or ArgumentException)
            {
                logger.LogError(ex, "Code book file {Path} cannot be read; skipped", path);
            }
        }
        logger.LogInformation("Loaded {CodeBookCount} code book files from {Folder}; years in use: {Years}",
            loaded, folder, string.Join(", ", CodeBookLibrary.Years));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
