using System.Collections.Concurrent;
using System.Text.Json;

namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// Reads the code books shipped as embedded JSON (CodeBooks/ita-YYYY.json), one per fiscal year, so every
/// service speaks the same codes.
/// </summary>
public static class CodeBookLibrary
{
    private static readonly ConcurrentDictionary<int, CodeBook> Shipped = new();

    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>The fiscal years for which a code book ships.</summary>
    public static IReadOnlyList<int> Years { get; } = typeof(CodeBookLibrary).Assembly.GetManifestResourceNames()
        .Where(n => n.StartsWith("CodeBooks.ita-", StringComparison.Ordinal))
        .Select(n => int.Parse(n["CodeBooks.ita-".Length..^".json".Length]))
        .Order()
        .ToArray();

    /// <summary>The shipped code book of a fiscal year, or null when none ships for it.</summary>
    public static CodeBook? Find(int fiscalYear) =>
        Years.Contains(fiscalYear) ? Shipped.GetOrAdd(fiscalYear, Load) : null;

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
