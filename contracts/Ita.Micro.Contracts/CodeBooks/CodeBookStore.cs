using System.Collections.Immutable;

namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// One service's code books: the shipped ones, and the corrected or new ones loaded at run time (<see cref="Use"/>),
/// each of which takes the place of its year's shipped book, so a correction needs no release. A service holds one,
/// as a singleton (ServiceDefaults registers it); a test makes its own, so the books it loads reach no other test.
/// </summary>
public sealed class CodeBookStore : ICodeBooks
{
    // Replaced as a whole under the lock, read without it: Find stays lock-free on the hot path (every row of an
    // import), and a reader sees one snapshot or the next, never half of a change.
    private ImmutableDictionary<int, CodeBook> _loaded = ImmutableDictionary<int, CodeBook>.Empty;
    private readonly Lock _writing = new();

    public IReadOnlyList<int> ShippedYears => ShippedCodeBooks.Years;

    public IReadOnlyList<int> Years
    {
        get
        {
            var loaded = Volatile.Read(ref _loaded);
            return loaded.IsEmpty ? ShippedYears : ShippedYears.Union(loaded.Keys).Order().ToArray();
        }
    }

    public CodeBook? Find(int fiscalYear) =>
        Volatile.Read(ref _loaded).TryGetValue(fiscalYear, out var loaded) ? loaded : FindShipped(fiscalYear);

    public CodeBook? FindShipped(int fiscalYear) => ShippedCodeBooks.Find(fiscalYear);

    /// <summary>
    /// Makes <paramref name="book"/> the code book of its year here when its version is higher than the one
    /// <see cref="Find"/> returns now. Messages can arrive late or twice, so an older or equal version is ignored: a
    /// correction is never undone by a stale copy. A book that fails <see cref="CodeBookValidator"/> is refused,
    /// because the service would rate with it. In a service only its CodeBookShelf (ServiceDefaults) calls this:
    /// readers hold the store as <see cref="ICodeBooks"/>.
    /// </summary>
    /// <exception cref="ArgumentException">The book is not valid.</exception>
    public void Use(CodeBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var errors = CodeBookValidator.Validate(book);
        if (errors.Count > 0)
            throw new ArgumentException(
                $"สมุดรหัสไม่ถูกต้อง / The code book is not valid: {string.Join("; ", errors)}",
                nameof(book)
            );

        lock (_writing)
        {
            if (Find(book.FiscalYear) is { } current && current.Version >= book.Version)
                return;
            Volatile.Write(ref _loaded, _loaded.SetItem(book.FiscalYear, book));
        }
    }
}
