namespace Ita.Micro.ScoreIngestion.Services.Parsing;

/// <summary>
/// One data row as read. <see cref="Value"/> is null whenever <see cref="Errors"/> is not empty: a row is taken
/// whole or not at all, so that no score in it is silently dropped.
/// </summary>
public sealed record ParsedRow(int Row, ImportRow? Value, IReadOnlyList<RowError> Errors);
