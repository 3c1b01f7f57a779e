using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Text.Json;

namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// Reads the code books shipped as embedded JSON (CodeBooks/ita-YYYY.json), one per fiscal year, so every
/// service speaks the same codes. A corrected or new book loaded at run time (<see cref="Use"/>) takes the place of
/// the shipped one for the whole process, so a correction needs no release.
/// </summary>
public static class CodeBookLibrary
{
    private static readonly ConcurrentDictionary<int, CodeBook> Shipped = new();

    // Replaced as a whole under the lock, read without it: Find stays lock-free on the hot path (every row of an import).
    private static ImmutableDictionary<int, CodeBook> _overrides = ImmutableDictionary<int, CodeBook>.Empty;
    private static readonly Lock OverridesLock = new();

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The fiscal years for which a code book ships in this assembly.</summary>
    public static IReadOnlyList<int> ShippedYears { get; } = typeof(CodeBookLibrary).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("CodeBooks.ita-", StringComparison.Ordinal))
        .Select(n => int.Parse(n["CodeBooks.ita-".Length..^".json".Length]))
        .Order()
        .ToArray();

    /// <summary>The fiscal years that have a code book: shipped, or loaded at run time for a year none ships for.</summary>
    public static IReadOnlyList<int> Years
    {
        get
        {
            var overrides = _overrides;
            return overrides.IsEmpty ? ShippedYears : ShippedYears.Union(overrides.Keys).Order().ToArray();
        }
    }

    /// <summary>The code book of a fiscal year: the one loaded at run time if any, else the shipped one, else null.</summary>
    public static CodeBook? Find(int fiscalYear) =>
        _overrides.TryGetValue(fiscalYear, out var loaded) ? loaded : FindShipped(fiscalYear);

    /// <summary>The code book shipped for a fiscal year, whatever was loaded since; null when none ships for it.</summary>
    public static CodeBook? FindShipped(int fiscalYear) =>
        ShippedYears.Contains(fiscalYear) ? Shipped.GetOrAdd(fiscalYear, Load) : null;

    /// <summary>
    /// Makes <paramref name="book"/> the code book of its year for this process when its version is higher than the
    /// one <see cref="Find"/> returns now. Messages can arrive late or twice, so an older or equal version is
    /// ignored: a correction is never undone by a stale copy. A book that fails <see cref="CodeBookValidator"/> is
    /// refused, because every service would rate with it.
    /// </summary>
    /// <exception cref="ArgumentException">The book is not valid.</exception>
    public static void Use(CodeBook book)
    {
        ArgumentNullException.ThrowIfNull(book);
        var errors = CodeBookValidator.Validate(book);
        if (errors.Count > 0)
            throw new ArgumentException(
                $"สมุดรหัสไม่ถูกต้อง / The code book is not valid: {string.Join("; ", errors)}", nameof(book));

        lock (OverridesLock)
        {
            if (Find(book.FiscalYear) is { } current && current.Version >= book.Version) return;
            _overrides = _overrides.SetItem(book.FiscalYear, book);
        }
    }

    public static CodeBook Parse(Stream json) =>
        JsonSerializer.Deserialize<CodeBook>(json, JsonOptions)
        ?? throw new InvalidDataException("The code book is empty.");

    private static CodeBook Load(int fiscalYear)
    {
        using var stream = typeof(CodeBookLibrary).Assembly.GetManifestResourceStream($"CodeBooks.ita-{fiscalYear}.json")!;
        var book = Parse(stream);
        if (book.FiscalYear != fiscalYear)
            throw new InvalidDataException($"CodeBooks/ita-{fiscalYear}.json holds fiscal year {book.FiscalYear}.");
        return book;
    }
}
