namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// One fiscal year's ITA framework as data: tools and weights, indicators, items and the rating scheme.
/// The framework changes from year to year, so nothing about it is a constant in code.
/// </summary>
public sealed record CodeBook
{
    /// <summary>Fiscal year in the Buddhist Era.</summary>
    public required int FiscalYear { get; init; }

    /// <summary>Raised each time the book for the same year is corrected.</summary>
    public required int Version { get; init; }

    /// <summary>The score from which an organisation passes (ผ่าน).</summary>
    public required decimal PassMark { get; init; }
    public required IReadOnlyList<CodeBookTool> Tools { get; init; }
    public required IReadOnlyList<CodeBookIndicator> Indicators { get; init; }
    public IReadOnlyList<CodeBookItem> Items { get; init; } = [];
    public required RatingScheme Rating { get; init; }

    /// <summary>What in this book is not verified against NACC's own manual, in words.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];

    public CodeBookIndicator? Indicator(int number) => Indicators.FirstOrDefault(i => i.Number == number);

    public CodeBookTool? Tool(string code) =>
        Tools.FirstOrDefault(t => string.Equals(t.Code, code, StringComparison.OrdinalIgnoreCase));
}
