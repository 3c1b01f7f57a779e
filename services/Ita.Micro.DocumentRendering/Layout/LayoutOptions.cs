namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>How a <see cref="Doc"/> is written out.</summary>
/// <param name="ThaiDigits">Thai digits (๐–๙) everywhere but web addresses, as the Cabinet resolution of 2 May 2543 asks.</param>
/// <param name="Emblem">The Garuda, prepared once (see <c>Services.EmblemLoader</c>); null draws a marked empty box of the emblem's size.</param>
public sealed record LayoutOptions(bool ThaiDigits = true, EmblemImage? Emblem = null);
