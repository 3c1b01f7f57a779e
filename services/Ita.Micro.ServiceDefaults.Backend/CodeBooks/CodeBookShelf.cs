using System.Collections.Concurrent;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ServiceDefaults.CodeBooks;

/// <summary>
/// The code books published at run time that this process put in use, by fiscal year: which version, from where and
/// when. The books themselves are in <see cref="CodeBookLibrary"/>, one per process; this is its account, which
/// /health shows (<see cref="CodeBooksHealthCheck"/>) so an operator can see that every replica holds a correction.
/// </summary>
public sealed class CodeBookShelf
{
    public const string FromFolder = "folder";

    private readonly ConcurrentDictionary<int, CodeBookTaken> _taken = new();

    public IReadOnlyDictionary<int, CodeBookTaken> Taken => _taken.ToDictionary();

    /// <summary>The version of <paramref name="fiscalYear"/> this process took, or null when it took none.</summary>
    public int? VersionOf(int fiscalYear) => _taken.TryGetValue(fiscalYear, out var taken) ? taken.Version : null;

    /// <summary>
    /// Makes <paramref name="book"/> the book of its year in this process (<see cref="CodeBookLibrary.Use"/>: the
    /// highest version wins) and records it, unless this process already took that version or a later one.
    /// </summary>
    /// <exception cref="ArgumentException">The book is not valid.</exception>
    public void PutInUse(CodeBook book, string from)
    {
        CodeBookLibrary.Use(book);
        var taken = new CodeBookTaken(book.Version, from, DateTime.UtcNow);
        _taken.AddOrUpdate(book.FiscalYear, taken, (_, held) => held.Version >= book.Version ? held : taken);
    }
}
