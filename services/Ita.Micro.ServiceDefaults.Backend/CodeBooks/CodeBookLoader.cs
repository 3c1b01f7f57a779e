using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// Puts in use the code books saved in this service's folder (<see cref="CodeBookFolder"/>, shared by all its
/// replicas): at start, before the bus delivers anything, so a restart does not fall back to the shipped books; and
/// again every <see cref="CodeBookOptions.RescanInterval"/>.
/// A replica that was down when a book was published gets it here: its own queue
/// (<see cref="CodeBookPublishedConsumer"/>) did not exist then, but another replica of the service took the message —
/// on its own queue, or on the service's durable queue, which keeps it while every replica is down — and saved it in
/// the folder. The look every interval is for a book published while this replica was starting (after its first look
/// and before its own queue was bound, which another replica may save a moment later), or while its connection to the
/// broker was lost (its queue goes with the connection, and is made again when the bus reconnects).
/// A file that cannot be read or is not valid is logged (once while it stays as it is) and skipped: the service still
/// runs, on the book it had.
/// </summary>
public sealed class CodeBookLoader(
    IOptions<DatabaseOptions> database,
    IOptions<CodeBookOptions> options,
    CodeBookShelf shelf,
    ICodeBooks books,
    ILogger<CodeBookLoader> logger
) : BackgroundService
{
    // Files refused, with the write time they had: not read (nor logged) again until they change.
    private readonly Dictionary<string, DateTime> _refused = new(StringComparer.Ordinal);

    public override Task StartAsync(CancellationToken cancellationToken)
    {
        var folder = CodeBookFolder.Of(database.Value);
        var loaded = Load(cancellationToken);
        logger.LogInformation(
            "Loaded {CodeBookCount} code book files from {Folder}; years in use: {Years}",
            loaded,
            folder,
            string.Join(", ", books.Years)
        );
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.RescanInterval);
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                try
                {
                    if (Load(stoppingToken) is var loaded and > 0)
                        logger.LogInformation(
                            "Took {CodeBookCount} code book files another replica saved in {Folder}; years in use: {Years}",
                            loaded,
                            CodeBookFolder.Of(database.Value),
                            string.Join(", ", books.Years)
                        );
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A shared folder can be away for a moment (NFS): the books in use stay, and the next look tries again.
                    logger.LogWarning(
                        ex,
                        "Could not look in the code book folder {Folder}",
                        CodeBookFolder.Of(database.Value)
                    );
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested) { }
    }

    /// <summary>Puts in use every valid book of the folder newer than what this process took; returns how many.</summary>
    private int Load(CancellationToken cancellationToken)
    {
        var folder = CodeBookFolder.Of(database.Value);
        if (!Directory.Exists(folder))
            return 0;

        var loaded = 0;
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            // Only finished books: a *.tmp is a write in progress, or left by a crash mid-write.
            if (CodeBookFolder.YearAndVersionOf(path) is not { } named)
                continue;
            if (shelf.VersionOf(named.FiscalYear) >= named.Version)
                continue;
            var writtenAtUtc = File.GetLastWriteTimeUtc(path);
            if (_refused.TryGetValue(path, out var refusedAtUtc) && refusedAtUtc == writtenAtUtc)
                continue;
            try
            {
                using var stream = File.OpenRead(path);
                var book = CodeBookJson.Parse(stream);
                var errors = CodeBookValidator.Validate(book);
                if (book.FiscalYear != named.FiscalYear || book.Version != named.Version)
                    errors = [.. errors, $"the file holds {book.FiscalYear} v{book.Version}"];
                if (errors.Count > 0)
                {
                    logger.LogError(
                        "Code book file {Path} is not valid; skipped: {Errors}",
                        path,
                        string.Join("; ", errors)
                    );
                    _refused[path] = writtenAtUtc;
                    continue;
                }
                // Use keeps the highest version of each year, so the order of the files does not matter.
                shelf.PutInUse(book, CodeBookShelf.FromFolder);
                _refused.Remove(path);
                loaded++;
            }
            catch (Exception ex)
                when (ex
                        is IOException
                            or UnauthorizedAccessException
                            or System.Text.Json.JsonException
                            or InvalidDataException
                            or ArgumentException
                )
            {
                logger.LogError(ex, "Code book file {Path} cannot be read; skipped", path);
                _refused[path] = writtenAtUtc;
            }
        }
        return loaded;
    }
}
