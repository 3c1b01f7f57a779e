using Ita.Micro.Contracts.Text;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// The one rule for a table's column widths, shared by the PDF and the DOCX so that both break lines and pages alike.
/// A column with a width keeps it; the others start as wide as their longest word and then take the rest of the text
/// width a little at a time, each piece going to the column where it shortens the table most (the column of a row's
/// tallest cell), so that the widths follow the content as a word processor's auto-fit would, and the table is short.
/// </summary>
public static class ColumnWidths
{
    /// <summary>The text width of A4 portrait within the margins of ระเบียบงานสารบรรณ (3 cm left, 2 cm right).</summary>
    public const decimal TextWidthCm = 16m;

    // 14 pt table text: an average Thai or Latin letter is about 0.21 cm wide; marks above and below take no room.
    // Weights for sharing the width out, where only their ratio matters (tuned on the seeds' page economy).
    private const double LetterCm = 0.21,
        BoldLetterCm = 0.23;

    // A word that must not break needs its printed width (FontMetrics) and its cell's padding and borders.
    private const double Points = 14,
        HeadingPaddingCm = 0.25;
    private const double PaddingCm = 0.2;
    private const double NarrowestCm = 1.7;

    // Thai has no spaces between words: a run of the body longer than this (about seven letters, "(มกราคม")
    // still breaks between its words. A heading's words up to 2.2 cm ("มาตรการ", "รับผิดชอบ") never break: a
    // column is at least as wide as each, and templates mark where a heading may wrap (Parts.ColumnHeading).
    private const double LongestWordCm = 2.0,
        LongestHeadingWordCm = 2.2;

    // Parts.ColumnHeading joins the letters of a heading's word with it: no room, no break.
    private const char WordJoiner = '\u2060';

    // A short line ("ไตรมาสที่ 1", "1. สำนักปลัด") is never wrapped.
    private const double ShortLineCm = 2.3;

    // The header rows print again on every page the table runs onto.
    private const double HeaderWeight = 5;
    private const double StepCm = 0.1;

    // Lines break between words, so a line holds less than its width: about half a word is lost at every end.
    private const double WrapLossCm = 0.45;

    public static decimal[] Of(Table table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var count = table.Columns.Count;
        var widths = new double[count];
        var open = new List<int>();
        var left = (double)TextWidthCm;
        for (var i = 0; i < count; i++)
        {
            if (table.Columns[i].WidthCm > 0)
            {
                widths[i] = (double)table.Columns[i].WidthCm;
                left -= widths[i];
            }
            else
            {
                open.Add(i);
            }
        }

        // The lines of each cell of a column, as widths in centimetres, row by row.
        var cells = table
            .Header.Select(row => Columns(row, count, BoldLetterCm))
            .Concat(table.Rows.Select(row => Columns(row, count, LetterCm)))
            .ToList();
        var weights = cells.Select((_, r) => r < table.Header.Count ? HeaderWeight : 1).ToList();
        foreach (var i in open)
        {
            var body = cells.Skip(table.Header.Count).SelectMany(r => r[i]).ToList();
            var word = table
                .Rows.SelectMany(row => Texts(row, count)[i])
                .SelectMany(Words)
                .Select(w => FontMetrics.WidthCm(w, Points, bold: false))
                .DefaultIfEmpty(0)
                .Max();
            var headerWord = table
                .Header.SelectMany(row => Texts(row, count)[i])
                .SelectMany(Words)
                .Select(w => FontMetrics.WidthCm(w, Points, bold: true))
                .DefaultIfEmpty(0)
                .Max();
            var shortLine = body.Where(line => line.Width <= ShortLineCm)
                .Select(line => line.Width)
                .DefaultIfEmpty(0)
                .Max();
            widths[i] = Math.Max(
                NarrowestCm,
                Math.Max(
                    Math.Max(Math.Min(word, LongestWordCm), shortLine) + PaddingCm,
                    Math.Min(headerWord, LongestHeadingWordCm) + HeadingPaddingCm
                )
            );
        }
        var least = open.Sum(i => widths[i]);
        if (least > left)
            foreach (var i in open)
                widths[i] *= left / least;
        left -= open.Sum(i => widths[i]);

        while (left >= StepCm / 2 && open.Count > 0)
        {
            var best = open[0];
            var bestHeight = double.MaxValue;
            foreach (var i in open)
            {
                widths[i] += StepCm;
                var height = Height(cells, weights, widths, open);
                widths[i] -= StepCm;
                if (height < bestHeight - 1e-9)
                    (best, bestHeight) = (i, height);
            }
            widths[best] += StepCm;
            left -= StepCm;
        }
        if (open.Count > 0)
            widths[open[^1]] += left;
        return widths.Select(w => Math.Round((decimal)w, 2)).ToArray();
    }

    /// <summary>
    /// The table's height in lines: each row as tall as its tallest cell, and, to break ties, a little for every
    /// cell's lines so that a piece of width goes where text still wraps.
    /// </summary>
    private static double Height(List<List<Line>[]> rows, List<double> weights, double[] widths, List<int> open)
    {
        var total = 0.0;
        for (var r = 0; r < rows.Count; r++)
        {
            var row = rows[r];
            var tallest = 0.0;
            var all = 0.0;
            foreach (var i in open)
            {
                // Not rounded up to whole lines: a small piece of width then still counts where it helps a little.
                var room = Math.Max(0.1, widths[i] - PaddingCm);
                var lines = row[i].Sum(line => line.Width <= room ? 1 : line.Width / Math.Max(0.1, room - WrapLossCm));
                tallest = Math.Max(tallest, lines);
                all += lines;
            }
            total += weights[r] * (tallest + all / 1000);
        }
        return total;
    }

    private static List<Line>[] Columns(IReadOnlyList<Cell> row, int count, double letter) =>
        Texts(row, count)
            .Select(texts =>
                texts
                    .Select(text => new Line(
                        Width(text, letter),
                        Words(text).Select(word => Width(word, letter)).ToArray()
                    ))
                    .ToList()
            )
            .ToArray();

    /// <summary>The lines of each column's cell in a row; a cell spanning columns leaves the widths to the others.</summary>
    private static List<string>[] Texts(IReadOnlyList<Cell> row, int count)
    {
        var columns = Enumerable.Range(0, count).Select(_ => new List<string>()).ToArray();
        var index = 0;
        foreach (var cell in row)
        {
            var span = Math.Max(1, cell.ColSpan);
            if (span == 1 && index < count)
                columns[index].AddRange(cell.Lines);
            index += span;
        }
        return columns;
    }

    /// <summary>The runs a line may break between: at spaces and zero-width spaces, and after a slash.</summary>
    private static string[] Words(string text) =>
        text.Replace("/", "/ ", StringComparison.Ordinal).Split([' ', '\u200B'], StringSplitOptions.RemoveEmptyEntries);

    /// <summary>The printed width of a text at 14 pt (header cells are bold), counting the letters that take room on the line.</summary>
    private static double Width(string text, double letter) =>
        text.Count(c => !ThaiText.IsMark(c) && c != WordJoiner) * letter;

    private sealed record Line(double Width, double[] Words);
}
