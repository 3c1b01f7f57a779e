namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A bar chart drawn as inline SVG on the server. The DOCX leaves charts out: every chart's numbers are also in a
/// table of the same document.
/// </summary>
public sealed record Chart(string Caption, IReadOnlyList<ChartBar> Bars, decimal Max) : Block;
