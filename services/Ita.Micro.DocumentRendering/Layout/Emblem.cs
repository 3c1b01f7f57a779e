namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>The Garuda emblem, or a marked empty box of its size when the deployment supplied none.</summary>
public sealed record Emblem(EmblemPlacement Placement) : Block
{
    /// <summary>The printed height; the HTML's .em / .em.s rules say the same for the PDF.</summary>
    public decimal HeightCm => Placement == EmblemPlacement.TopLeftSmall ? 1.5m : 3m;
}
