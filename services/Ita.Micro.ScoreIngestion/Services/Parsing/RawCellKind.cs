namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>What a cell holds before its column gives it a meaning. CSV cells are always <see cref="Text"/>.</summary>
internal enum RawCellKind
{
    /// <summary>Text as typed (CSV field, XLSX shared or inline string): read with the strict text rules.</summary>
    Text,

    /// <summary>An XLSX number cell, stored as an XML double.</summary>
    Number,

    /// <summary>An XLSX cell with a formula: refused whatever its cached value, since the file's author did not type it.</summary>
    Formula,

    /// <summary>An XLSX error value such as #DIV/0!.</summary>
    Error,

    /// <summary>An XLSX boolean or date cell, which no column accepts.</summary>
    Unsupported,

    /// <summary>An XLSX shared-string cell whose index is not in the shared string table.</summary>
    BadSharedString,
}
