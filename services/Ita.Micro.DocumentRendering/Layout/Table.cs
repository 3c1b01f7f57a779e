namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A bordered table whose header rows repeat at the top of every page it runs onto. A <paramref name="Landscape"/>
/// table gets pages of its own turned sideways: wide tables of six columns split every word in portrait.
/// </summary>
public sealed record Table(
    IReadOnlyList<Column> Columns, IReadOnlyList<IReadOnlyList<Cell>> Header, IReadOnlyList<IReadOnlyList<Cell>> Rows,
    bool Landscape = false) : Block;
