using System.Globalization;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// How one cell's text becomes a value. Deliberately narrower than <see cref="decimal.Parse(string)"/>: a score is
/// ASCII or Thai digits with an optional decimal point and nothing else, so that signs, exponents, thousands
/// separators, "NaN" and spreadsheet formulas are refused instead of being read as something the officer did not mean.
/// </summary>
internal static class CellText
{
    /// <summary>Longer than any honest score ("100.000…"); also keeps decimal parsing far from overflow.</summary>
    private const int MaxNumberLength = 32;

    /// <summary>Replaces Thai digits (๐–๙) with ASCII ones and trims surrounding white space.</summary>
    public static string Normalise(string text)
    {
        var trimmed = text.Trim();
        if (!trimmed.AsSpan().ContainsAnyInRange('๐', '๙'))
            return trimmed;
        return string.Create(trimmed.Length, trimmed, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
                span[i] = source[i] is >= '๐' and <= '๙' ? (char)('0' + (source[i] - '๐')) : source[i];
        });
    }

    /// <summary>
    /// A spreadsheet would run text that starts like this as a formula when the data is exported again
    /// (CSV injection), so such text is refused rather than stored.
    /// </summary>
    public static bool LooksLikeFormula(string trimmed) => trimmed.Length > 0 && trimmed[0] is '=' or '+' or '-' or '@';

    /// <summary>
    /// An organisation code from a cell's text, or null with the error added: refused when it looks like a formula
    /// or is not a code once Thai digits are read.
    /// </summary>
    public static string? OrganisationCode(int row, string text, string column, List<RowError> errors)
    {
        if (LooksLikeFormula(text))
        {
            errors.Add(new RowError(row, column, null, ParsingMessages.FormulaText));
            return null;
        }
        var code = Normalise(text);
        if (IsOrganisationCode(code))
            return code;
        errors.Add(new RowError(row, column, null, ParsingMessages.OrganisationCodeInvalid));
        return null;
    }

    /// <summary>Reads a score written as text: digits, optionally a point and more digits (Thai digits allowed).</summary>
    public static bool TryParseNumber(string text, out decimal value)
    {
        value = 0;
        var s = Normalise(text);
        if (s.Length is 0 or > MaxNumberLength)
            return false;
        var point = -1;
        for (var i = 0; i < s.Length; i++)
        {
            if (s[i] == '.' && point < 0 && i > 0 && i < s.Length - 1)
                point = i;
            else if (!char.IsAsciiDigit(s[i]))
                return false;
        }
        // TryParse never throws; it reports overflow as false.
        return decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>
    /// Reads the value of a numeric XLSX cell, which is stored as an XML double ("85.709999999999994", "1E-3").
    /// The conversion to decimal keeps 15 significant digits, which removes the binary noise Excel writes.
    /// </summary>
    public static bool TryParseStoredNumber(string text, out decimal value)
    {
        value = 0;
        var s = text.Trim();
        if (s.Length is 0 or > MaxNumberLength)
            return false;
        if (
            !double.TryParse(
                s,
                NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture,
                out var d
            )
            || !double.IsFinite(d)
            || Math.Abs(d) > 1e15
        )
            return false;
        value = (decimal)d;
        return true;
    }

    /// <summary>Reads a fiscal year: up to four digits as text (Thai digits allowed) or a whole stored number.</summary>
    public static bool TryParseYear(string text, bool storedNumber, out int year)
    {
        year = 0;
        if (storedNumber)
        {
            if (!TryParseStoredNumber(text, out var d) || d != decimal.Truncate(d) || d is < 0 or > 9999)
                return false;
            year = (int)d;
            return true;
        }
        var s = Normalise(text);
        if (s.Length is 0 or > 4)
            return false;
        foreach (var c in s)
            if (!char.IsAsciiDigit(c))
                return false;
        year = int.Parse(s, NumberStyles.None, CultureInfo.InvariantCulture);
        return true;
    }

    /// <summary>An organisation code: 1–20 ASCII letters, digits or '-' (Thai digits are read as digits).</summary>
    public static bool IsOrganisationCode(string normalised)
    {
        if (normalised.Length is 0 or > 20)
            return false;
        foreach (var c in normalised)
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                return false;
        return true;
    }
}
