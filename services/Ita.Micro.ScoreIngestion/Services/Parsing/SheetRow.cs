namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>One &lt;row&gt; of a worksheet: its 1-based sheet row number and the cells present, by 0-based column.</summary>
internal sealed record SheetRow(int Number, List<(int Column, RawCell Cell)> Cells);
