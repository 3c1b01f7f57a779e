namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A bar chart: inline SVG drawn on the server in the HTML, a Word chart in the DOCX (<see cref="DocxChart"/>).
/// </summary>
public sealed record Chart(string Caption, IReadOnlyList<ChartBar> Bars, decimal Max) : Block;
