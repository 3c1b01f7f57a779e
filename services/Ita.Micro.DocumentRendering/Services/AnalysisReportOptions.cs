namespace Ita.Micro.DocumentRendering.Services;

/// <summary>How an analysis report is written.</summary>
/// <param name="PreparedOn">The date printed on the cover as the day the document was prepared.</param>
/// <param name="ThaiDigits">Thai digits (๐–๙) everywhere, as the Cabinet resolution of 2 May 2543 asks.</param>
/// <param name="EmblemSvg">
/// The Garuda emblem as SVG markup, read by the caller from a configured file. When null the cover shows a dashed,
/// labelled box of the emblem's size so that the layout does not move once an emblem is supplied.
/// </param>
public sealed record AnalysisReportOptions(DateOnly PreparedOn, bool ThaiDigits = true, string? EmblemSvg = null);
