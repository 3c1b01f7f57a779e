namespace Ita.Micro.Portal.Components.Shared;

/// <summary>
/// One row of a <see cref="BarTable"/>: its label, its value (and a second one to compare with, the nation's),
/// written as the reader reads them; the bar's length is the value against the table's maximum.
/// </summary>
public sealed record BarRow(
    string Label,
    decimal? Value,
    string ValueText,
    decimal? Compare = null,
    string? CompareText = null,
    string? Tone = null
);
