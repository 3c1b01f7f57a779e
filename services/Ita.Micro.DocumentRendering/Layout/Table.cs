namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A bordered portrait table whose header rows repeat at the top of every page it runs onto and whose rows continue
/// onto the next page when they do not fit (<see cref="ColumnWidths"/> sets the widths of both writers).
/// </summary>
public sealed record Table(
    IReadOnlyList<Column> Columns,
    IReadOnlyList<IReadOnlyList<Cell>> Header,
    IReadOnlyList<IReadOnlyList<Cell>> Rows
) : Block;
