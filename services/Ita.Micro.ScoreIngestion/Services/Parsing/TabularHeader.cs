using System.Globalization;

namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// The header of a CSV/XLSX score file: names matched case-insensitively after trimming. Problems with the header
/// concern every row, so they are whole-file errors.
/// </summary>
internal sealed class TabularHeader
{
    private const string IndicatorPrefix = "indicator_";

    private TabularHeader(HeaderColumn[] columns, int organisationCode, int fiscalYear)
    {
        Columns = columns;
        OrganisationCode = organisationCode;
        FiscalYear = fiscalYear;
    }

    public IReadOnlyList<HeaderColumn> Columns { get; }
    public int Count => Columns.Count;
    public int OrganisationCode { get; }
    public int FiscalYear { get; }

    /// <param name="names">The header cells in column order; null or blank for an empty header cell.</param>
    /// <param name="positionName">Names a column by position when its header cell is empty ("E" in XLSX, "#5" in CSV).</param>
    public static TabularHeader Create(IReadOnlyList<string?> names, Func<int, string> positionName)
    {
        var columns = new HeaderColumn[names.Count];
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < names.Count; i++)
        {
            // A UTF-8 BOM that the decoder did not strip would otherwise hide "organisation_code".
            var name = (names[i] ?? "").Trim().Trim('\uFEFF').Trim();
            if (name.Length == 0)
            {
                columns[i] = new HeaderColumn(i, positionName(i), ColumnKind.Unnamed);
                continue;
            }
            var column = Classify(i, name);
            // Two headers that mean the same thing ("i1" and "I1", "indicator_1" and "indicator_01") would make
            // the row say two things about one score.
            var key = column.Kind switch
            {
                ColumnKind.Indicator => $"indicator_{column.Indicator}",
                ColumnKind.Tool => column.Tool!,
                _ => name.ToUpperInvariant(),
            };
            if (!seen.TryAdd(key, name))
                throw new ImportFileException(ParsingMessages.HeaderRepeats(name, seen[key]));
            columns[i] = column;
        }

        var organisation = Array.FindIndex(columns, c => c.Kind == ColumnKind.OrganisationCode);
        var year = Array.FindIndex(columns, c => c.Kind == ColumnKind.FiscalYear);
        if (organisation < 0 || year < 0)
        {
            var missing = string.Join(
                ", ",
                new[]
                {
                    organisation < 0 ? "organisation_code" : null,
                    year < 0 ? "fiscal_year" : null,
                }.OfType<string>()
            );
            throw new ImportFileException(
                $"ไม่มีคอลัมน์ที่ต้องมี: {missing} (แถวแรกต้องเป็นหัวคอลัมน์) / Required columns are missing: {missing} (the first row must be the header)"
            );
        }
        return new TabularHeader(columns, organisation, year);
    }

    private static HeaderColumn Classify(int index, string name)
    {
        switch (name.ToLowerInvariant())
        {
            case "organisation_code":
                return new HeaderColumn(index, name, ColumnKind.OrganisationCode);
            case "fiscal_year":
                return new HeaderColumn(index, name, ColumnKind.FiscalYear);
            case "total":
                return new HeaderColumn(index, name, ColumnKind.Total);
            case "rating":
                return new HeaderColumn(index, name, ColumnKind.Rating);
            case "iit" or "eit" or "oit":
                return new HeaderColumn(index, name, ColumnKind.Tool, Tool: name.ToUpperInvariant());
        }
        if (
            name.StartsWith(IndicatorPrefix, StringComparison.OrdinalIgnoreCase)
            && name.Length > IndicatorPrefix.Length
            && name.Length <= IndicatorPrefix.Length + 3
            && name.AsSpan(IndicatorPrefix.Length).IndexOfAnyExceptInRange('0', '9') < 0
        )
        {
            return new HeaderColumn(
                index,
                name,
                ColumnKind.Indicator,
                Indicator: int.Parse(
                    name.AsSpan(IndicatorPrefix.Length),
                    NumberStyles.None,
                    CultureInfo.InvariantCulture
                )
            );
        }
        return new HeaderColumn(index, name, ColumnKind.Other);
    }
}
