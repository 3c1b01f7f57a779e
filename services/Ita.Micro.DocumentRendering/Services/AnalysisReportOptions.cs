using Ita.Micro.DocumentRendering.Layout;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>How an analysis report is written.</summary>
/// <param name="PreparedOn">The date printed on the cover as the day the document was prepared.</param>
/// <param name="ThaiDigits">Thai digits (๐–๙) everywhere, as the Cabinet resolution of 2 May 2543 asks.</param>
/// <param name="Emblem">
/// The Garuda emblem, prepared once by the caller with <see cref="EmblemLoader"/> from a configured file. When null the
/// cover shows a dashed, labelled box of the emblem's size so that the layout does not move once an emblem is supplied.
/// </param>
public sealed record AnalysisReportOptions(DateOnly PreparedOn, bool ThaiDigits = true, EmblemImage? Emblem = null);
