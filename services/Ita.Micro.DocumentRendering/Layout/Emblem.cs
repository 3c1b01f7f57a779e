namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>The Garuda emblem, or a marked empty box of its size when the deployment supplied none.</summary>
public sealed record Emblem(EmblemPlacement Placement) : Block;
