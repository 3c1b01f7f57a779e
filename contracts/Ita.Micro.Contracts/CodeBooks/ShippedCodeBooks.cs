using System.Collections.Concurrent;

namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// The code books embedded in this assembly (CodeBooks/ita-YYYY.json). They never change while the process runs, so
/// each is read once and shared by every <see cref="CodeBookStore"/>: a test making its own store parses none again.
/// </summary>
internal static class ShippedCodeBooks
{
    private const string Prefix = "CodeBooks.ita-";

    private static readonly ConcurrentDictionary<int, CodeBook> Read = new();

    public static IReadOnlyList<int> Years { get; } =
        typeof(ShippedCodeBooks)
            .Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => int.Parse(n[Prefix.Length..^".json".Length]))
            .Order()
            .ToArray();

    public static CodeBook? Find(int fiscalYear) => Years.Contains(fiscalYear) ? Read.GetOrAdd(fiscalYear, Load) : null;

    private static CodeBook Load(int fiscalYear)
    {
        using var stream = typeof(ShippedCodeBooks).Assembly.GetManifestResourceStream($"{Prefix}{fiscalYear}.json")!;
        var book = CodeBookJson.Parse(stream);
        if (book.FiscalYear != fiscalYear)
            throw new InvalidDataException($"CodeBooks/ita-{fiscalYear}.json holds fiscal year {book.FiscalYear}.");
        return book;
    }
}
