namespace Ita.Micro.Testing;

/// <summary>A PDF written to its end: what a render cut short (a kill, a stop) must never leave as a document.</summary>
public static class WholePdf
{
    /// <summary>Starts with the PDF header and ends with the end-of-file marker (line ends after it allowed).</summary>
    public static bool Is(ReadOnlySpan<byte> pdf) =>
        pdf.StartsWith("%PDF-"u8) && pdf.TrimEnd("\r\n"u8).EndsWith("%%EOF"u8);
}
