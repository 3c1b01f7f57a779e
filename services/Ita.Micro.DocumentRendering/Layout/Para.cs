namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>A paragraph of runs in one of the shared styles.</summary>
public sealed record Para(IReadOnlyList<Run> Runs, ParaStyle Style = ParaStyle.Body) : Block
{
    public Para(string text, ParaStyle style = ParaStyle.Body)
        : this([new Run(text)], style) { }
}
