using System.Globalization;
using System.Net;
using System.Text;
using Ita.Micro.Contracts.Text;

namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// Writes a <see cref="Doc"/> as one lean, self-contained HTML page for Chromium to print: one shared stylesheet, no
/// script, nothing fetched. Every text is escaped here, so no template can let a user's text become markup.
/// </summary>
public static class HtmlDocWriter
{
    public static string Write(Doc doc, LayoutOptions options)
    {
        ArgumentNullException.ThrowIfNull(doc);
        ArgumentNullException.ThrowIfNull(options);
        var w = new StringBuilder(16 * 1024);
        // No Content-Security-Policy meta: a warm page rewrites its one document for every render (document.open), so
        // a meta policy would outlive the render; the renderer itself blocks scripts and network.
        w.Append("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\"><title>");
        Text(w, doc.Title, options.ThaiDigits);
        w.Append("</title><style>").Append(options.ThaiDigits ? DocumentStyle.ThaiDigits : DocumentStyle.ArabicDigits);
        w.Append("</style></head><body>");
        foreach (var block in doc.Blocks)
        {
            switch (block)
            {
                case Para para:
                    Paragraph(w, para, options.ThaiDigits);
                    break;
                case Table table:
                    TableOf(w, table, options.ThaiDigits);
                    break;
                case Emblem emblem:
                    EmblemOf(w, emblem, options.Emblem, options.ThaiDigits);
                    break;
                case SignatureBlock signature:
                    Signature(w, signature, options.ThaiDigits);
                    break;
                case Chart chart:
                    ChartOf(w, chart, options.ThaiDigits);
                    break;
                case PageBreak:
                    w.Append("<div class=\"brk\"></div>");
                    break;
                case Spacer spacer:
                    w.Append(
                        string.Create(CultureInfo.InvariantCulture, $"<div style=\"height:{spacer.HeightCm}cm\"></div>")
                    );
                    break;
                default:
                    throw new NotSupportedException($"No HTML for {block.GetType().Name}.");
            }
        }
        w.Append("</body></html>");
        return w.ToString();
    }

    private static void Paragraph(StringBuilder w, Para para, bool thai)
    {
        w.Append(
            para.Style switch
            {
                ParaStyle.Body => "<p class=\"body\">",
                ParaStyle.Plain => "<p>",
                ParaStyle.Heading => "<p class=\"h\">",
                ParaStyle.Centre => "<p class=\"ctr\">",
                ParaStyle.Title => "<p class=\"title\">",
                ParaStyle.MemoTitle => "<p class=\"memo\">",
                ParaStyle.Indented => "<p class=\"ind\">",
                ParaStyle.Step => "<p class=\"step\">",
                ParaStyle.Dated => "<p class=\"dated\">",
                _ => throw new NotSupportedException(para.Style.ToString()),
            }
        );
        foreach (var run in para.Runs)
        {
            if (run.Bold)
                w.Append("<b>");
            Text(w, run.Text, thai && !run.Verbatim);
            if (run.Bold)
                w.Append("</b>");
        }
        w.Append("</p>");
    }

    private static void TableOf(StringBuilder w, Table table, bool thai)
    {
        w.Append("<table><colgroup>");
        foreach (var width in ColumnWidths.Of(table))
            w.Append(string.Create(CultureInfo.InvariantCulture, $"<col style=\"width:{width}cm\">"));
        w.Append("</colgroup><thead>");
        foreach (var row in table.Header)
            Row(w, row, table.Columns, "th", thai);
        w.Append("</thead><tbody>");
        foreach (var row in table.Rows)
            Row(w, row, table.Columns, "td", thai);
        w.Append("</tbody></table>");
    }

    private static void Row(
        StringBuilder w,
        IReadOnlyList<Cell> cells,
        IReadOnlyList<Column> columns,
        string tag,
        bool thai
    )
    {
        w.Append("<tr>");
        var index = 0;
        foreach (var cell in cells)
        {
            w.Append('<').Append(tag);
            if (cell.ColSpan > 1)
                w.Append(" colspan=\"").Append(cell.ColSpan.ToString(CultureInfo.InvariantCulture)).Append('"');
            var centre = cell.Centre || (index < columns.Count && columns[index].Centre);
            if (tag == "td" && (centre || cell.Bold))
                w.Append(" class=\"")
                    .Append(centre ? "c" : "")
                    .Append(centre && cell.Bold ? " " : "")
                    .Append(cell.Bold ? "b" : "")
                    .Append('"');
            w.Append('>');
            for (var i = 0; i < cell.Lines.Count; i++)
            {
                if (i > 0)
                    w.Append("<br>");
                Text(w, cell.Lines[i], thai);
            }
            w.Append("</").Append(tag).Append('>');
            index += Math.Max(1, cell.ColSpan);
        }
        w.Append("</tr>");
    }

    private static void EmblemOf(StringBuilder w, Emblem emblem, EmblemImage? image, bool thai)
    {
        var small = emblem.Placement == EmblemPlacement.TopLeftSmall;
        if (image is not null)
        {
            w.Append(small ? "<img class=\"em s\"" : "<img class=\"em\"")
                .Append(" alt=\"ตราครุฑ\" src=\"")
                .Append(image.DataUri)
                .Append("\">");
            return;
        }
        // In the document's digits, as the DOCX's box.
        w.Append(small ? "<div class=\"noem s\">ตราครุฑ<br>(" : "<div class=\"noem\">ตราครุฑ<br>(สูง ");
        Text(w, small ? "1.5 ซม.)" : "3 ซม.)", thai);
        w.Append("</div>");
    }

    private static void Signature(StringBuilder w, SignatureBlock signature, bool thai)
    {
        // The heading, its comment line and the signature stay on one page.
        w.Append("<div class=\"sigblk\">");
        if (signature.Heading is { } heading)
        {
            w.Append("<p class=\"h\">");
            Text(w, heading, thai);
            w.Append("</p><p>").Append(SignatureLines.CommentLine).Append("</p>");
        }
        w.Append(signature.SignLine ? "<div class=\"sig\">" : "<div class=\"sig nosign\">");
        if (signature.SignLine)
            w.Append("<p>").Append(SignatureLines.SignLine).Append("</p>");
        foreach (var line in SignatureLines.Of(signature.Signatory))
        {
            w.Append("<p>");
            Text(w, line, thai);
            w.Append("</p>");
        }
        w.Append("</div></div>");
    }

    private static void ChartOf(StringBuilder w, Chart chart, bool thai)
    {
        const int labelWidth = 210,
            barWidth = 230,
            rowHeight = 26;
        var height = chart.Bars.Count * rowHeight + 6;
        w.Append("<figure><figcaption>");
        Text(w, chart.Caption, thai);
        w.Append(
            string.Create(
                CultureInfo.InvariantCulture,
                $"</figcaption><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 500 {height}\" font-size=\"15\" role=\"img\">"
            )
        );
        var max = chart.Max <= 0 ? 1m : chart.Max;
        for (var i = 0; i < chart.Bars.Count; i++)
        {
            var bar = chart.Bars[i];
            var y = 3 + i * rowHeight;
            var width = (int)Math.Round(Math.Clamp(bar.Value / max, 0m, 1m) * barWidth);
            w.Append(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"<text x=\"{labelWidth - 6}\" y=\"{y + 18}\" text-anchor=\"end\">"
                )
            );
            Text(w, bar.Label, thai);
            w.Append(
                string.Create(
                    CultureInfo.InvariantCulture,
                    $"</text><rect x=\"{labelWidth}\" y=\"{y + 4}\" width=\"{width}\" height=\"{rowHeight - 8}\" fill=\"#555\"/><text x=\"{labelWidth + width + 5}\" y=\"{y + 18}\">"
                )
            );
            Text(w, bar.ValueText, thai);
            w.Append("</text>");
        }
        w.Append("</svg></figure>");
    }

    /// <summary>Data text: digits become Thai before encoding, so that numeric entities stay intact.</summary>
    private static void Text(StringBuilder w, string? text, bool thai)
    {
        if (!string.IsNullOrEmpty(text))
            w.Append(WebUtility.HtmlEncode(thai ? ThaiText.ToThaiDigits(text) : text));
    }
}
