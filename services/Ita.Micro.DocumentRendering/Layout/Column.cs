namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>A table column: its width in centimetres (0: share what is left) and whether its cells are centred.</summary>
public sealed record Column(decimal WidthCm = 0, bool Centre = false);
