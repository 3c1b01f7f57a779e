namespace Ita.Micro.Contracts.CodeBooks;

/// <summary>
/// The code books a service reads, one per fiscal year: the shipped ones, each replaced by a corrected or new book
/// published at run time. Readers take this interface, so none of them can change the books; the one writer holds
/// the <see cref="CodeBookStore"/> itself.
/// </summary>
public interface ICodeBooks
{
    /// <summary>The fiscal years for which a code book ships in the contracts assembly.</summary>
    IReadOnlyList<int> ShippedYears { get; }

    /// <summary>The fiscal years that have a code book: shipped, or loaded at run time for a year none ships.</summary>
    IReadOnlyList<int> Years { get; }

    /// <summary>The book of a fiscal year: the one loaded at run time if any, else the shipped one, or null.</summary>
    CodeBook? Find(int fiscalYear);

    /// <summary>The book shipped for a fiscal year, whatever was loaded since; null when none ships for it.</summary>
    CodeBook? FindShipped(int fiscalYear);
}
