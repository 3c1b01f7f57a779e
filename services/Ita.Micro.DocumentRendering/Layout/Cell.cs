namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>A table cell: one paragraph per line, spanning <paramref name="ColSpan"/> columns.</summary>
public sealed record Cell(IReadOnlyList<string> Lines, int ColSpan = 1, bool Bold = false, bool Centre = false)
{
    public Cell(string text, int colSpan = 1, bool bold = false, bool centre = false)
        : this([text], colSpan, bold, centre) { }

    public static implicit operator Cell(string text) => new(text);
}
