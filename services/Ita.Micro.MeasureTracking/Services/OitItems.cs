using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// The OIT items of a fiscal year as its code book lists them: the items of the indicators the OIT tool measures.
/// Which items exist changes from year to year, so they are read from the book, never listed in code.
/// </summary>
public static class OitItems
{
    public const string Tool = "OIT";

    /// <summary>The year's OIT items in the book's order; empty when no book covers the year.</summary>
    public static IReadOnlyList<CodeBookItem> Of(ICodeBooks books, int fiscalYear) =>
        books.Find(fiscalYear) is { } book ? Of(book) : [];

    public static IReadOnlyList<CodeBookItem> Of(CodeBook book)
    {
        var indicators = book
            .Indicators.Where(i => string.Equals(i.Tool, Tool, StringComparison.OrdinalIgnoreCase))
            .Select(i => i.Number)
            .ToHashSet();
        return book.Items.Where(i => indicators.Contains(i.Indicator)).ToList();
    }

    /// <summary>The codes of the year's OIT items whose concept a measure names (codes are renumbered; concepts stay).</summary>
    public static IReadOnlyList<string> ForConcepts(ICodeBooks books, int fiscalYear, IEnumerable<string> concepts)
    {
        var wanted = concepts.ToHashSet(StringComparer.Ordinal);
        return Of(books, fiscalYear).Where(i => i.Concept is { } c && wanted.Contains(c)).Select(i => i.Code).ToList();
    }
}
