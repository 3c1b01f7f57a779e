using System.Runtime.CompilerServices;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// A code book's item codes for case-insensitive lookup ("o23" → "O23"), built once per book. Keyed by the book
/// instance, not the year: a corrected book loaded at run time (<see cref="CodeBookStore.Use"/>) is a new instance.
/// </summary>
internal static class ItemCodes
{
    private static readonly ConditionalWeakTable<CodeBook, Dictionary<string, string>> Lookups = new();

    /// <summary>The code book's spelling of <paramref name="code"/>, or null when the book has no such item.</summary>
    public static string? Find(CodeBook book, string code) =>
        Lookups.GetValue(book, Build).TryGetValue(code, out var canonical) ? canonical : null;

    private static Dictionary<string, string> Build(CodeBook book)
    {
        var codes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var item in book.Items)
            codes.TryAdd(item.Code, item.Code);
        return codes;
    }
}
