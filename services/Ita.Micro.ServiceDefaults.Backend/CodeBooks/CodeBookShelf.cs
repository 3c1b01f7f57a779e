using System.Collections.Concurrent;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// The one writer of the service's <see cref="CodeBookStore"/>, and its account of the code books
/// published at run time that this process put in use, by fiscal year: which version, from where and when. /health
/// shows the account (<see cref="CodeBooksHealthCheck"/>) so an operator can see that every replica holds a correction.
/// </summary>
public sealed class CodeBookShelf(CodeBookStore books)
{
    public const string FromFolder = "folder";

    private readonly ConcurrentDictionary<int, CodeBookTaken> _taken = new();

    public IReadOnlyDictionary<int, CodeBookTaken> Taken => _taken.ToDictionary();

    /// <summary>The version of <paramref name="fiscalYear"/> this process took, or null when it took none.</summary>
    public int? VersionOf(int fiscalYear) => _taken.TryGetValue(fiscalYear, out var taken) ? taken.Version : null;

    /// <summary>
    /// Makes <paramref name="book"/> the book of its year in this process (<see cref="CodeBookStore.Use"/>:
    /// the highest version wins) and records it, unless this process already took that version or a later one.
    /// </summary>
    /// <exception cref="ArgumentException">The book is not valid.</exception>
    public void PutInUse(CodeBook book, string from)
    {
        books.Use(book);
        var taken = new CodeBookTaken(book.Version, from, DateTime.UtcNow);
        _taken.AddOrUpdate(book.FiscalYear, taken, (_, held) => held.Version >= book.Version ? held : taken);
    }

    /// <summary>
    /// Makes <paramref name="book"/>, just published by this service, the book of its year here at once, so its own
    /// next reads use it, without recording it: it is recorded, like in every other service, when its message comes
    /// back on this replica's queue and is saved for a restart (<see cref="CodeBookPublishedConsumer"/>).
    /// </summary>
    /// <exception cref="ArgumentException">The book is not valid.</exception>
    public void UsePublishedHere(CodeBook book) => books.Use(book);
}
