using System.Globalization;
using System.Text.RegularExpressions;

namespace Ita.Micro.DocumentRendering.Tests.TestData;

/// <summary>What poppler reads from a PDF: its text, and each page's size and the box its words fill.</summary>
public static partial class PdfText
{
    /// <summary>The text in the order it was laid out (-raw): table cells stay whole instead of interleaving by line.</summary>
    public static Task<string> TextAsync(string pdf) => ExternalTool.RunAsync("pdftotext", "-raw", pdf, "-");

    /// <summary>
    /// Asserts every expected text is present, each after the one before it. Whitespace is left out on both sides:
    /// a line may end anywhere between Thai words, and pdftotext cannot tell a wrapped line from a space.
    /// </summary>
    public static void InOrder(string text, params string[] expected)
    {
        text = NoSpace(text);
        var at = 0;
        foreach (var raw in expected)
        {
            var part = NoSpace(raw);
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(
                found >= 0,
                $"\"{part}\" is not in the text after position {at}:\n{text[..Math.Min(text.Length, 3000)]}"
            );
            at = found + part.Length;
        }
    }

    /// <summary>Per page: width and height in points and the smallest x, largest x of its words.</summary>
    public static async Task<List<(double Width, double Height, double Left, double Right)>> PagesAsync(string pdf)
    {
        var html = await ExternalTool.RunAsync("pdftotext", "-bbox", pdf, "-");
        var pages = new List<(double, double, double, double)>();
        foreach (Match page in PageRegex().Matches(html))
        {
            var words = WordRegex().Matches(page.Groups["body"].Value);
            var left = words.Count == 0 ? 0 : words.Min(w => D(w.Groups["x0"].Value));
            var right = words.Count == 0 ? 0 : words.Max(w => D(w.Groups["x1"].Value));
            pages.Add((D(page.Groups["w"].Value), D(page.Groups["h"].Value), left, right));
        }
        return pages;
    }

    /// <summary>
    /// Per page: its height and the lowest edge of its words below <paramref name="top"/> (the top margin, where the
    /// page number is) in points from the top of the page; 0 for a page with nothing below.
    /// </summary>
    public static async Task<List<(double Height, double Bottom)>> BottomsAsync(string pdf, double top = 0)
    {
        var html = await ExternalTool.RunAsync("pdftotext", "-bbox", pdf, "-");
        return PageRegex()
            .Matches(html)
            .Select(page =>
            {
                var bottoms = WordBottomRegex()
                    .Matches(page.Groups["body"].Value)
                    .Select(w => D(w.Groups["y1"].Value))
                    .Where(y => y > top)
                    .ToList();
                return (D(page.Groups["h"].Value), bottoms.Count == 0 ? 0 : bottoms.Max());
            })
            .ToList();
    }

    /// <summary>Where a column heading may wrap (Parts.ColumnHeading): Chromium keeps it in the text, LibreOffice does not.</summary>
    public const char ZeroWidthSpace = '\u200B';

    /// <summary>What holds a column heading's word together (Parts.ColumnHeading); invisible, like the zero-width space.</summary>
    public const char WordJoiner = '\u2060';

    /// <summary>The text without whitespace and without the invisible marks of where a line may or may not wrap.</summary>
    public static string NoSpace(string s) =>
        string.Concat(s.Where(c => !char.IsWhiteSpace(c) && c != ZeroWidthSpace && c != WordJoiner));

    private static double D(string s) => double.Parse(s, CultureInfo.InvariantCulture);

    [GeneratedRegex(
        "<page width=\"(?<w>[0-9.]+)\" height=\"(?<h>[0-9.]+)\">(?<body>.*?)</page>",
        RegexOptions.Singleline
    )]
    private static partial Regex PageRegex();

    [GeneratedRegex("<word xMin=\"(?<x0>[0-9.]+)\" yMin=\"[0-9.]+\" xMax=\"(?<x1>[0-9.]+)\"")]
    private static partial Regex WordRegex();

    [GeneratedRegex("<word xMin=\"[0-9.]+\" yMin=\"[0-9.]+\" xMax=\"[0-9.]+\" yMax=\"(?<y1>[0-9.]+)\"")]
    private static partial Regex WordBottomRegex();
}
