using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Turns the cells of one CSV/XLSX row into a <see cref="ParsedRow"/>. Which columns are item codes depends on the
/// row's fiscal year (codes are renumbered between years), so item columns are resolved per row, with the
/// resolution cached per year.
/// </summary>
internal sealed class TabularRowBuilder(TabularHeader header, ICodeBooks books)
{
    private const int MaxRatingLength = 50;

    /// <summary>Per fiscal year: the code book's spelling of each column's item code, or null when not an item that year.</summary>
    private readonly Dictionary<int, (CodeBook Book, string?[] Codes)> _itemCodesByYear = [];

    /// <param name="cells">One per header column; <c>default</c> for an absent cell.</param>
    /// <param name="errors">Problems already found with the row's shape (ragged, stray values); more are added.</param>
    public ParsedRow Build(int row, RawCell[] cells, List<RowError> errors)
    {
        var organisationCode = ReadOrganisationCode(
            row,
            cells[header.OrganisationCode],
            header.Columns[header.OrganisationCode].Name,
            errors
        );
        var (year, book) = ReadFiscalYear(
            row,
            cells[header.FiscalYear],
            header.Columns[header.FiscalYear].Name,
            errors
        );
        var itemCodes = book is null ? null : ColumnItemCodes(book);

        decimal? total = null;
        string? rating = null;
        var tools = new List<ToolScore>();
        var indicators = new List<IndicatorScore>();
        var items = new List<ItemScore>();

        for (var i = 0; i < header.Count; i++)
        {
            var column = header.Columns[i];
            var cell = cells[i];
            // An empty cell is "not given", even under a header the row's year does not know: a file that mixes
            // years has columns that are items in some years only, and an empty cell loses nothing.
            if (cell.IsEmpty || column.Kind is ColumnKind.OrganisationCode or ColumnKind.FiscalYear)
                continue;
            switch (column.Kind)
            {
                case ColumnKind.Total:
                    if (TryScore(row, cell, column.Name, errors, out var t))
                        total = t;
                    break;
                case ColumnKind.Rating:
                    rating = ReadRating(row, cell, column.Name, errors);
                    break;
                case ColumnKind.Tool:
                    if (!TryScore(row, cell, column.Name, errors, out var toolScore))
                        break;
                    if (book?.Tool(column.Tool!) is { } tool)
                        tools.Add(new ToolScore { Tool = tool.Code, Score = toolScore });
                    else if (book is not null)
                        errors.Add(
                            new RowError(
                                row,
                                column.Name,
                                null,
                                ParsingMessages.UnknownTool(column.Tool!, book.FiscalYear)
                            )
                        );
                    break;
                case ColumnKind.Indicator:
                    if (book is not null && book.Indicator(column.Indicator) is null)
                        errors.Add(
                            new RowError(
                                row,
                                column.Name,
                                null,
                                ParsingMessages.UnknownIndicator(column.Indicator, book.FiscalYear)
                            )
                        );
                    else if (TryScore(row, cell, column.Name, errors, out var indicatorScore) && book is not null)
                        indicators.Add(new IndicatorScore { Indicator = column.Indicator, Score = indicatorScore });
                    break;
                case ColumnKind.Other:
                    // Without a usable fiscal year nothing says whether this is an item; the year's error stands for it.
                    if (itemCodes is null)
                        break;
                    if (itemCodes[i] is not { } code)
                        errors.Add(
                            new RowError(
                                row,
                                column.Name,
                                null,
                                ParsingMessages.UnknownItem(column.Name, book!.FiscalYear)
                            )
                        );
                    else if (TryScore(row, cell, column.Name, errors, out var itemScore))
                        items.Add(new ItemScore { Code = code, Score = itemScore });
                    break;
                case ColumnKind.Unnamed:
                    errors.Add(
                        new RowError(row, column.Name, null, ParsingMessages.ValuesWithoutHeader(column.Name, 1))
                    );
                    break;
            }
        }

        if (errors.Count > 0)
        {
            // Name the organisation on every error of the row, so a list of errors reads without the file at hand.
            var located = errors.Select(e => e with { OrganisationCode = organisationCode }).ToArray();
            return new ParsedRow(row, null, located);
        }
        return new ParsedRow(
            row,
            new ImportRow
            {
                Row = row,
                OrganisationCode = organisationCode!,
                FiscalYear = year!.Value,
                Scores = new AssessmentScores
                {
                    Total = total,
                    Tools = tools,
                    Indicators = indicators,
                    Items = items,
                },
                PublishedRating = rating,
            },
            []
        );
    }

    private string?[] ColumnItemCodes(CodeBook book)
    {
        // Compared by instance: a corrected book for the same year, loaded while the file is read, resolves anew.
        if (_itemCodesByYear.TryGetValue(book.FiscalYear, out var cached) && ReferenceEquals(cached.Book, book))
            return cached.Codes;
        var codes = new string?[header.Count];
        for (var i = 0; i < header.Count; i++)
            if (header.Columns[i].Kind == ColumnKind.Other)
                codes[i] = ItemCodes.Find(book, header.Columns[i].Name);
        _itemCodesByYear[book.FiscalYear] = (book, codes);
        return codes;
    }

    private static string? ReadOrganisationCode(int row, RawCell cell, string column, List<RowError> errors)
    {
        if (cell.IsEmpty)
        {
            errors.Add(new RowError(row, column, null, ParsingMessages.OrganisationCodeRequired));
            return null;
        }
        return TryText(row, cell, column, errors, out var text)
            ? CellText.OrganisationCode(row, text, column, errors)
            : null;
    }

    private (int? Year, CodeBook? Book) ReadFiscalYear(int row, RawCell cell, string column, List<RowError> errors)
    {
        if (cell.IsEmpty)
        {
            errors.Add(new RowError(row, column, null, ParsingMessages.FiscalYearRequired));
            return (null, null);
        }
        if (!TryText(row, cell, column, errors, out var text))
            return (null, null);
        if (!CellText.TryParseYear(text, cell.Kind == RawCellKind.Number, out var year))
        {
            errors.Add(new RowError(row, column, null, ParsingMessages.FiscalYearInvalid));
            return (null, null);
        }
        var book = books.Find(year);
        if (book is null)
            errors.Add(new RowError(row, column, null, ParsingMessages.UnknownYear(year, books.Years)));
        return (year, book);
    }

    private static string? ReadRating(int row, RawCell cell, string column, List<RowError> errors)
    {
        if (!TryText(row, cell, column, errors, out var text))
            return null;
        if (CellText.LooksLikeFormula(text))
            errors.Add(new RowError(row, column, null, ParsingMessages.FormulaText));
        else if (text.Length > MaxRatingLength)
            errors.Add(new RowError(row, column, null, ParsingMessages.TooLong(column, MaxRatingLength)));
        else
            return text;
        return null;
    }

    private static bool TryScore(int row, RawCell cell, string column, List<RowError> errors, out decimal score)
    {
        score = 0;
        if (!TryText(row, cell, column, errors, out var text))
            return false;
        var parsed =
            cell.Kind == RawCellKind.Number
                ? CellText.TryParseStoredNumber(text, out score)
                : CellText.TryParseNumber(text, out score);
        if (!parsed)
        {
            errors.Add(new RowError(row, column, null, ParsingMessages.NotANumber));
            return false;
        }
        if (score is >= 0 and <= 100)
            return true;
        errors.Add(new RowError(row, column, null, ParsingMessages.OutOfRange(score)));
        return false;
    }

    /// <summary>The trimmed text of a non-empty cell, or false (with the error added) for a cell no column accepts.</summary>
    private static bool TryText(int row, RawCell cell, string column, List<RowError> errors, out string text)
    {
        text = cell.Text?.Trim() ?? "";
        var message = cell.Kind switch
        {
            RawCellKind.Formula => ParsingMessages.FormulaCell,
            RawCellKind.Error => ParsingMessages.CellHoldsError(text),
            RawCellKind.Unsupported => ParsingMessages.UnsupportedCellType,
            RawCellKind.BadSharedString => ParsingMessages.BadSharedString,
            _ => null,
        };
        if (message is null)
            return true;
        errors.Add(new RowError(row, column, null, message));
        return false;
    }
}
