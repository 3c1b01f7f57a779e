using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.Contracts.CodeBooks;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Turns one element of "assessments" (the body of POST /api/imports) into a <see cref="ParsedRow"/>, checking it
/// like a CSV row. Type mistakes become row errors naming the field, where the serializer would have refused the
/// whole request. Property names match case-insensitively and numbers may be strings, as with the web defaults.
/// </summary>
internal static class JsonEntryParser
{
    private const int MaxRatingLength = 50;

    public static ParsedRow Parse(int row, ReadOnlyMemory<byte> json, ICodeBooks books)
    {
        // The scanner has checked the syntax; the element is small, so a document is the simple way to walk it.
        using var document = JsonDocument.Parse(json);
        var entry = document.RootElement;
        var errors = new List<RowError>();
        if (entry.ValueKind != JsonValueKind.Object)
            return new ParsedRow(row, null, [new RowError(row, null, null, ParsingMessages.EntryNotObject)]);

        var organisation = ReadOrganisation(row, Property(entry, "organisation"), errors);
        var code = ReadCode(row, Property(entry, "organisationCode"), "organisationCode", errors);
        if (
            organisation is not null
            && code is not null
            && !string.Equals(organisation.Code, code, StringComparison.Ordinal)
        )
            errors.Add(new RowError(row, "organisationCode", null, ParsingMessages.OrganisationCodesDiffer));
        code ??= organisation?.Code;
        if (code is null && !errors.Exists(e => e.Column?.StartsWith("organisation", StringComparison.Ordinal) == true))
            errors.Add(new RowError(row, "organisationCode", null, ParsingMessages.OrganisationCodeRequired));

        var (year, book) = ReadFiscalYear(row, Property(entry, "fiscalYear"), books, errors);
        var rating = ReadRating(row, Property(entry, "publishedRating"), errors);
        var scores = ReadScores(row, Property(entry, "scores"), book, errors);

        if (errors.Count > 0)
            return new ParsedRow(row, null, errors.Select(e => e with { OrganisationCode = code }).ToArray());
        return new ParsedRow(
            row,
            new ImportRow
            {
                Row = row,
                OrganisationCode = code!,
                FiscalYear = year!.Value,
                Scores = scores,
                PublishedRating = rating,
                Organisation = organisation,
            },
            []
        );
    }

    private static OrganisationInfo? ReadOrganisation(int row, JsonElement? value, List<RowError> errors)
    {
        if (value is not { } element || element.ValueKind == JsonValueKind.Null)
            return null;
        if (element.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RowError(row, "organisation", null, ParsingMessages.OrganisationNotObject));
            return null;
        }
        var code = ReadCode(row, Property(element, "code"), "organisation.code", errors);
        if (code is null && !errors.Exists(e => e.Column == "organisation.code"))
            errors.Add(new RowError(row, "organisation.code", null, ParsingMessages.OrganisationCodeRequired));
        var name = RequiredText(row, element, "name", "ชื่อองค์กร", "organisation name", errors);
        var type = RequiredText(row, element, "type", "ประเภทองค์กร", "organisation type", errors);
        var province = RequiredText(row, element, "province", "จังหวัด", "province", errors);
        var district = Text(row, Property(element, "district"), "organisation.district", errors);
        if (code is null || name is null || type is null || province is null)
            return null;
        return new OrganisationInfo
        {
            Code = code,
            Name = name,
            Type = type,
            Province = province,
            District = string.IsNullOrWhiteSpace(district) ? null : district,
        };
    }

    private static string? RequiredText(
        int row,
        JsonElement organisation,
        string name,
        string thai,
        string english,
        List<RowError> errors
    )
    {
        var column = $"organisation.{name}";
        var text = Text(row, Property(organisation, name), column, errors);
        if (string.IsNullOrWhiteSpace(text) && !errors.Exists(e => e.Column == column))
            errors.Add(new RowError(row, column, null, $"ต้องระบุ{thai} / The {english} is required"));
        return string.IsNullOrWhiteSpace(text) ? null : text;
    }

    private static string? ReadCode(int row, JsonElement? value, string column, List<RowError> errors)
    {
        var text = Text(row, value, column, errors);
        return string.IsNullOrEmpty(text) ? null : CellText.OrganisationCode(row, text, column, errors);
    }

    private static (int? Year, CodeBook? Book) ReadFiscalYear(
        int row,
        JsonElement? value,
        ICodeBooks books,
        List<RowError> errors
    )
    {
        const string column = "fiscalYear";
        int year;
        switch (value?.ValueKind)
        {
            case null or JsonValueKind.Null:
                errors.Add(new RowError(row, column, null, ParsingMessages.FiscalYearRequired));
                return (null, null);
            case JsonValueKind.Number when value.Value.TryGetInt32(out year) && year is >= 0 and <= 9999:
                break;
            case JsonValueKind.String
                when StringOf(value.Value) is { } text && CellText.TryParseYear(text, storedNumber: false, out year):
                break;
            default:
                errors.Add(new RowError(row, column, null, ParsingMessages.FiscalYearInvalid));
                return (null, null);
        }
        var book = books.Find(year);
        if (book is null)
            errors.Add(new RowError(row, column, null, ParsingMessages.UnknownYear(year, books.Years)));
        return (year, book);
    }

    private static string? ReadRating(int row, JsonElement? value, List<RowError> errors)
    {
        const string column = "publishedRating";
        var text = Text(row, value, column, errors);
        if (string.IsNullOrEmpty(text))
            return null;
        if (CellText.LooksLikeFormula(text))
            errors.Add(new RowError(row, column, null, ParsingMessages.FormulaText));
        else if (text.Length > MaxRatingLength)
            errors.Add(new RowError(row, column, null, ParsingMessages.TooLong(column, MaxRatingLength)));
        else
            return text;
        return null;
    }

    private static AssessmentScores ReadScores(int row, JsonElement? value, CodeBook? book, List<RowError> errors)
    {
        if (value is not { } scores || scores.ValueKind == JsonValueKind.Null)
            return new AssessmentScores();
        if (scores.ValueKind != JsonValueKind.Object)
        {
            errors.Add(new RowError(row, "scores", null, ParsingMessages.ScoresNotObject));
            return new AssessmentScores();
        }

        decimal? total =
            Property(scores, "total") is { ValueKind: not JsonValueKind.Null } t
            && TryScore(row, t, "scores.total", errors, out var score)
                ? score
                : null;

        var tools = new List<ToolScore>();
        foreach (var (element, path) in Elements(row, Property(scores, "tools"), "scores.tools", errors))
        {
            var name = Text(row, Property(element, "tool"), $"{path}.tool", errors)?.Trim();
            var known = name is null ? null : book?.Tool(name);
            if (string.IsNullOrEmpty(name))
                errors.Add(
                    new RowError(
                        row,
                        $"{path}.tool",
                        null,
                        "ต้องระบุเครื่องมือ (IIT, EIT, OIT) / The tool is required (IIT, EIT, OIT)"
                    )
                );
            else if (book is not null && known is null)
                errors.Add(new RowError(row, $"{path}.tool", null, ParsingMessages.UnknownTool(name, book.FiscalYear)));
            else if (known is not null && tools.Exists(x => x.Tool == known.Code))
                errors.Add(new RowError(row, $"{path}.tool", null, ParsingMessages.GivenTwice(known.Code)));
            if (TryScore(row, Property(element, "score"), $"{path}.score", errors, out var s) && known is not null)
                tools.Add(new ToolScore { Tool = known.Code, Score = s });
        }

        var indicators = new List<IndicatorScore>();
        foreach (var (element, path) in Elements(row, Property(scores, "indicators"), "scores.indicators", errors))
        {
            int? number = Property(element, "indicator") switch
            {
                { ValueKind: JsonValueKind.Number } n when n.TryGetInt32(out var i) => i,
                { ValueKind: JsonValueKind.String } n
                    when StringOf(n) is { } text && CellText.TryParseYear(text, false, out var i) => i,
                _ => null,
            };
            if (number is null)
                errors.Add(
                    new RowError(
                        row,
                        $"{path}.indicator",
                        null,
                        ParsingMessages.WrongJsonType("ตัวเลขตัวชี้วัด", "an indicator number")
                    )
                );
            else if (book is not null && book.Indicator(number.Value) is null)
                errors.Add(
                    new RowError(
                        row,
                        $"{path}.indicator",
                        null,
                        ParsingMessages.UnknownIndicator(number.Value, book.FiscalYear)
                    )
                );
            else if (indicators.Exists(x => x.Indicator == number))
                errors.Add(
                    new RowError(row, $"{path}.indicator", null, ParsingMessages.GivenTwice($"indicator {number}"))
                );
            if (TryScore(row, Property(element, "score"), $"{path}.score", errors, out var s) && number is not null)
                indicators.Add(new IndicatorScore { Indicator = number.Value, Score = s });
        }

        var items = new List<ItemScore>();
        foreach (var (element, path) in Elements(row, Property(scores, "items"), "scores.items", errors))
        {
            var given = Text(row, Property(element, "code"), $"{path}.code", errors)?.Trim();
            string? code = null;
            if (string.IsNullOrEmpty(given))
                errors.Add(new RowError(row, $"{path}.code", null, "ต้องระบุรหัสข้อ / The item code is required"));
            else if (book is not null && (code = ItemCodes.Find(book, given)) is null)
                errors.Add(
                    new RowError(row, $"{path}.code", null, ParsingMessages.UnknownItem(given, book!.FiscalYear))
                );
            else if (code is not null && items.Exists(x => x.Code == code))
                errors.Add(new RowError(row, $"{path}.code", null, ParsingMessages.GivenTwice(code)));
            if (TryScore(row, Property(element, "score"), $"{path}.score", errors, out var s) && code is not null)
                items.Add(new ItemScore { Code = code, Score = s });
        }

        return new AssessmentScores
        {
            Total = total,
            Tools = tools,
            Indicators = indicators,
            Items = items,
        };
    }

    /// <summary>The object elements of an optional array, each with its path; anything else is reported.</summary>
    private static IEnumerable<(JsonElement Element, string Path)> Elements(
        int row,
        JsonElement? value,
        string path,
        List<RowError> errors
    )
    {
        if (value is not { } array || array.ValueKind == JsonValueKind.Null)
            yield break;
        if (array.ValueKind != JsonValueKind.Array)
        {
            errors.Add(new RowError(row, path, null, ParsingMessages.ListExpected));
            yield break;
        }
        var i = 0;
        foreach (var element in array.EnumerateArray())
        {
            var elementPath = $"{path}[{i++}]";
            if (element.ValueKind == JsonValueKind.Object)
                yield return (element, elementPath);
            else
                errors.Add(new RowError(row, elementPath, null, ParsingMessages.ElementNotObject));
        }
    }

    private static bool TryScore(int row, JsonElement? value, string column, List<RowError> errors, out decimal score)
    {
        score = 0;
        var parsed = value switch
        {
            // TryGetDecimal refuses what decimal cannot hold (1e30, 1e400) instead of throwing.
            { ValueKind: JsonValueKind.Number } n => n.TryGetDecimal(out score),
            { ValueKind: JsonValueKind.String } s => StringOf(s) is { } text
                && CellText.TryParseNumber(text, out score),
            _ => false,
        };
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

    /// <summary>A trimmed string, null when absent or null; any other JSON type is reported.</summary>
    private static string? Text(int row, JsonElement? value, string column, List<RowError> errors)
    {
        switch (value?.ValueKind)
        {
            case null or JsonValueKind.Null:
                return null;
            case JsonValueKind.String when StringOf(value.Value) is { } text:
                return text.Trim();
            case JsonValueKind.String:
                errors.Add(new RowError(row, column, null, ParsingMessages.InvalidEscape));
                return null;
            default:
                errors.Add(new RowError(row, column, null, ParsingMessages.TextExpected));
                return null;
        }
    }

    /// <summary>A property by name, ignoring case as the web serializer defaults do; the last one wins, as there.</summary>
    private static JsonElement? Property(JsonElement element, string name)
    {
        JsonElement? found = null;
        foreach (var property in element.EnumerateObject())
        {
            string given;
            try
            {
                given = property.Name;
            }
            catch (InvalidOperationException)
            {
                // Escapes that make no text (a lone surrogate): no name we know, so nothing to read.
                continue;
            }
            if (string.Equals(given, name, StringComparison.OrdinalIgnoreCase))
                found = property.Value;
        }
        return found;
    }

    /// <summary>A string's text, or null when its escapes make no text (a lone surrogate such as \uD800).</summary>
    private static string? StringOf(JsonElement value)
    {
        try
        {
            return value.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
