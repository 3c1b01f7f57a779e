namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>One cell as found in the file. <c>default</c> is an absent cell, which means "not given".</summary>
internal readonly record struct RawCell(string? Text, RawCellKind Kind)
{
    /// <summary>Empty text means "not given"; a formula, error or unsupported cell is never empty, so it is reported.</summary>
    public bool IsEmpty => Kind is RawCellKind.Text or RawCellKind.Number && string.IsNullOrWhiteSpace(Text);
}
