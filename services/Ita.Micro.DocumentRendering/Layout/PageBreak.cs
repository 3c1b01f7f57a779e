namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>Starts a new page (after a cover).</summary>
public sealed record PageBreak : Block;
