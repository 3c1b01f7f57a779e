namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>What a CSV/XLSX header names.</summary>
internal enum ColumnKind
{
    OrganisationCode,
    FiscalYear,
    Total,
    Rating,
    Tool,
    Indicator,

    /// <summary>An item code of some year, or nothing known: resolved per row against the row's fiscal year.</summary>
    Other,

    /// <summary>The header cell is empty: a value below it belongs to no column.</summary>
    Unnamed,
}
