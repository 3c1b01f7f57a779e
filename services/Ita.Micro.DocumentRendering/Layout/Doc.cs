namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>A whole document as the templates describe it: a title (for the HTML head) and its blocks in order.</summary>
/// <param name="Title">The document's title in Thai.</param>
/// <param name="Blocks">The body, top to bottom.</param>
/// <param name="NumberPages">Page numbers "- ๒ -" at the top of every page but the first, as official letters have.</param>
public sealed record Doc(string Title, IReadOnlyList<Block> Blocks, bool NumberPages = true);
