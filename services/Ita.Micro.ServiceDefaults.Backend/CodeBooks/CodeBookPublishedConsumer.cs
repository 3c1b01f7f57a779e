using System.Text;
using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.ServiceDefaults.Data;
using MassTransit;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// Keeps a code book an administrator published: saves it under <see cref="CodeBookFolder"/> (so a restarted replica,
/// or one that was down, still has it: see <see cref="CodeBookLoader"/>) and makes it the book of its year in this
/// process. It consumes on two queues (<see cref="Messaging.MessagingExtensions"/>): the service's durable one, which
/// one replica takes and which keeps the message while every replica is down, and this replica's own
/// (<see cref="CodeBookReplicaQueue"/>), so every running replica uses the book at once. Idempotent without an inbox:
/// a version below the one held is skipped, and the same version again rewrites the same bytes and changes nothing in use.
/// </summary>
public sealed class CodeBookPublishedConsumer(
    IOptions<DatabaseOptions> options,
    CodeBookShelf shelf,
    ICodeBooks books,
    ILogger<CodeBookPublishedConsumer> logger
) : IConsumer<CodeBookPublished>
{
    public async Task Consume(ConsumeContext<CodeBookPublished> context)
    {
        var message = context.Message;
        CodeBook book;
        try
        {
            book = CodeBookJson.Parse(new MemoryStream(Encoding.UTF8.GetBytes(message.Json)));
        }
        catch (Exception ex) when (ex is JsonException or InvalidDataException or ArgumentException)
        {
            // Retrying cannot fix the content: log it and let the message go rather than fill the _error queue.
            logger.LogError(
                ex,
                "Code book {FiscalYear} v{Version} published by {PublishedBy} cannot be read; ignored",
                message.FiscalYear,
                message.Version,
                message.PublishedBy
            );
            return;
        }

        var errors = CodeBookValidator.Validate(book);
        if (book.FiscalYear != message.FiscalYear || book.Version != message.Version)
            errors =
            [
                .. errors,
                $"ข้อความระบุปี {message.FiscalYear} ฉบับที่ {message.Version} แต่สมุดรหัสเป็นปี {book.FiscalYear} ฉบับที่ {book.Version} / "
                    + $"the message says {message.FiscalYear} v{message.Version}, the book {book.FiscalYear} v{book.Version}",
            ];
        if (errors.Count > 0)
        {
            logger.LogError(
                "Code book {FiscalYear} v{Version} published by {PublishedBy} is not valid; ignored: {Errors}",
                message.FiscalYear,
                message.Version,
                message.PublishedBy,
                string.Join("; ", errors)
            );
            return;
        }

        // Equal is still saved: the publishing service already uses its book (for its own reads at once) and must
        // keep a copy for its restart like every other service; and this replica's two queues both bring it.
        if (books.Find(book.FiscalYear) is { } held && held.Version > book.Version)
        {
            logger.LogInformation(
                "Code book {FiscalYear} v{Version} skipped: the later v{HeldVersion} is already in use",
                book.FiscalYear,
                book.Version,
                held.Version
            );
            return;
        }

        var path = await CodeBookFolder.SaveAsync(options.Value, book, message.Json, context.CancellationToken);
        var queue = Uri.UnescapeDataString(context.ReceiveContext.InputAddress.AbsolutePath.Split('/')[^1]);
        shelf.PutInUse(book, $"queue {queue}");
        logger.LogInformation(
            "Code book {FiscalYear} v{Version} published by {PublishedBy} saved to {Path}; v{InUseVersion} in use",
            book.FiscalYear,
            book.Version,
            message.PublishedBy,
            path,
            books.Find(book.FiscalYear)?.Version
        );
    }
}
