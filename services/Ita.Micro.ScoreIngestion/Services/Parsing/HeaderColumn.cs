namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>One header cell of a CSV/XLSX file, classified once.</summary>
/// <param name="Name">The header as written (trimmed), or the column's position when the header cell is empty.</param>
/// <param name="Tool">For a tool column: IIT, EIT or OIT.</param>
/// <param name="Indicator">For an indicator column: its number.</param>
internal sealed record HeaderColumn(int Index, string Name, ColumnKind Kind, string? Tool = null, int Indicator = 0);
