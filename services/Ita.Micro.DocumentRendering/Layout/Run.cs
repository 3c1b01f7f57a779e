namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// A stretch of text in one style. Text is always data, never markup: the writers escape it. Digits are written as
/// Thai digits when the document asks for them, except in a <paramref name="Verbatim"/> run (web addresses).
/// </summary>
public sealed record Run(string Text, bool Bold = false, bool Verbatim = false)
{
    public static implicit operator Run(string text) => new(text);
}
