namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// Column letters of a spreadsheet cell reference. XLSX leaves empty cells out of the XML, so a cell's column is
/// known only from its reference ("AB12"), never from its position among its siblings.
/// </summary>
internal static class CellReference
{
    /// <summary>Excel's last column, XFD.</summary>
    public const int MaxColumns = 16_384;

    /// <summary>The 0-based column of a reference such as "AB12", or -1 when it is not one.</summary>
    public static int Column(string reference)
    {
        var column = 0;
        var i = 0;
        for (; i < reference.Length && char.IsAsciiLetter(reference[i]); i++)
        {
            column = column * 26 + (char.ToUpperInvariant(reference[i]) - 'A' + 1);
            if (column > MaxColumns)
                return -1;
        }
        if (i == 0 || i == reference.Length)
            return -1;
        for (var j = i; j < reference.Length; j++)
            if (!char.IsAsciiDigit(reference[j]))
                return -1;
        return column - 1;
    }

    /// <summary>The letters of a 0-based column: 0 → A, 27 → AB.</summary>
    public static string Letters(int column)
    {
        var letters = "";
        for (var n = column + 1; n > 0; n = (n - 1) / 26)
            letters = (char)('A' + (n - 1) % 26) + letters;
        return letters;
    }
}
