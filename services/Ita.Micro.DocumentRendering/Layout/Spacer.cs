namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>Blank vertical space, to spread a cover over its page as the seed documents do.</summary>
public sealed record Spacer(decimal HeightCm) : Block;
