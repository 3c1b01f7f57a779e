using System.Net;
using System.Text;
using Ita.Micro.Contracts;

namespace Ita.Micro.DocumentRendering.Services;

/// <summary>
/// Writes "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" (last year's ITA result, its weak indicators and the measures
/// that answer them) as one self-contained HTML document for printing to A4.
/// </summary>
public static class AnalysisReport
{
    private const string Title = "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร";

    // Kept small: Chromium parses it again for every render. The page number sits in the top margin box, as official
    // documents place it, and the cover has none. Thai is left-aligned (justifying opens wide gaps) with a line
    // height of 1.7: at 1.6 Chromium also paints the stacked marks (ชี้, ที่) of a page's first line at the foot of the
    // previous page (measured with Laksaman, regular and bold, 14 and 16 pt). Tables are set at 14 pt and the measure
    // table gets landscape pages: in portrait its finding column held a dozen characters a line and split words.
    // Column widths were measured in Laksaman, the metric stand-in for TH Sarabun: "๑๐๐.๐๐" is 1.8 cm at 14 pt and
    // "ตัวชี้วัดที่ ๘ การปรับปรุงระบบการทำงาน" 8 cm, so the score tables keep every indicator on one line.
    private const string StyleTemplate =
        """
        @page{size:A4;margin:2.5cm 2cm 2cm 3cm;@top-center{content:"- " counter(page,{counter}) " -";font:16pt "TH Sarabun New","TH SarabunPSK","Laksaman",sans-serif;vertical-align:bottom;padding-bottom:.4cm}}
        @page:first{@top-center{content:none}}
        @page wide{size:A4 landscape}
        .wide{page:wide}
        html{font:16pt/1.7 "TH Sarabun New","TH SarabunPSK","Laksaman",sans-serif;color:#000;text-align:left}
        body{margin:0}
        h1,h2,p{margin:0}
        h2{font-size:16pt;margin:10pt 0 2pt;break-after:avoid}
        p{text-indent:2.5cm;margin-bottom:6pt}
        .cover{height:24cm;display:flex;flex-direction:column;align-items:center;text-align:center;break-after:page}
        .cover p{text-indent:0;margin:0}
        .emblem{height:3cm;width:auto;display:block}
        .no-emblem{height:3cm;width:3cm;box-sizing:border-box;border:1pt dashed #777;color:#777;font-size:12pt;line-height:1.3;display:flex;align-items:center;justify-content:center}
        .cover h1{font-size:24pt;margin-top:2.5cm;text-wrap:balance}
        .cover .sub{font-size:18pt;font-weight:bold;margin-top:6pt;text-wrap:balance}
        .cover .org{margin-top:auto;font-size:22pt;font-weight:bold}
        .cover .prepared{margin:1.5cm 0 2cm}
        table{width:100%;border-collapse:collapse;table-layout:fixed;margin:4pt 0 8pt;font-size:14pt}
        thead{display:table-header-group}
        .keep tbody{break-inside:avoid}
        th,td{border:.75pt solid #000;padding:1pt 3pt;vertical-align:top;overflow-wrap:break-word}
        th{text-align:center;vertical-align:middle;background:#e8e8e8}
        .c{text-align:center;white-space:nowrap}
        .m{vertical-align:middle}
        .b td{font-weight:bold}
        """;

    private static Tuple<string, string>? _emblemCache;

    public static string Html(AssessmentAnalysed analysis, ImprovementPlanDrafted plan, AnalysisReportOptions options)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(options);

        var w = new Writer(options.ThaiDigits);
        var org = analysis.Organisation;
        var fy = w.Year(analysis.FiscalYear);

        w.Raw("<!DOCTYPE html><html lang=\"th\"><head><meta charset=\"utf-8\">");
        // No Content-Security-Policy meta: Playwright's SetContent reuses the page's document (document.open), so a
        // meta policy would outlive the render and pile up on a warm page. The renderer blocks scripts and network.
        w.Raw("<title>").Raw(Title).Raw(" ").Text(org.Name).Raw(" ").Raw(fy).Raw("</title><style>");
        w.Raw(StyleTemplate.Replace("{counter}", options.ThaiDigits ? "thai" : "decimal", StringComparison.Ordinal));
        w.Raw("</style></head><body>");

        Cover(w, analysis, options, fy);
        ScoreSection(w, analysis, fy);
        WeakSection(w, analysis, fy);
        MeasureSection(w, analysis, plan);

        w.Raw("</body></html>");
        return w.ToString();
    }

    private static void Cover(Writer w, AssessmentAnalysed analysis, AnalysisReportOptions options, string fy)
    {
        var org = analysis.Organisation;
        w.Raw("<section class=\"cover\">");
        if (options.EmblemSvg is { Length: > 0 } svg)
            w.Raw("<img class=\"emblem\" alt=\"ตราครุฑ\" src=\"").Raw(EmblemDataUri(svg)).Raw("\">");
        else
            w.Raw("<div class=\"no-emblem\">ตราครุฑ<br>(สูง ").Raw(w.Int(3)).Raw(" ซม.)</div>");
        w.Raw("<h1>").Raw(Title).Raw("</h1>");
        w.Raw("<p class=\"sub\">(การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในปีงบประมาณ ")
            .Raw(fy).Raw(")</p>");
        w.Raw("<p class=\"org\">").Text(org.Name);
        var place = Place(org);
        if (place.Length > 0)
            w.Raw("<br>").Text(place);
        w.Raw("</p>");
        w.Raw("<p class=\"prepared\">จัดทำโดย ").Text(org.Name).Raw("<br>ณ วันที่ ")
            .Raw(ThaiText.Date(options.PreparedOn, w.ThaiDigits)).Raw("</p>");
        w.Raw("</section>");
    }

    private static void ScoreSection(Writer w, AssessmentAnalysed analysis, string fy)
    {
        var org = analysis.Organisation;
        w.Raw("<h2>").Raw(w.Int(1)).Raw(". ผลการประเมิน ITA ของ").Text(org.Name).Raw(" ปีงบประมาณ ").Raw(fy).Raw("</h2>");
        w.Raw("<p>จากผลการประเมิน ITA ในปีงบประมาณ ").Raw(fy).Raw(" ของ").Text(org.Name)
            .Raw(" พบว่ามีผลคะแนน ").Raw(w.Score(analysis.Total)).Raw(" คะแนน อยู่ในระดับ “").Text(analysis.Rating).Raw("”");
        if (analysis.Tools.Count > 0 || analysis.Indicators.Count > 0)
            w.Raw(" โดยมีผลการประเมินรายเครื่องมือและรายตัวชี้วัด ดังนี้");
        w.Raw("</p>");

        if (analysis.Tools.Count > 0 || analysis.Indicators.Count > 0)
            ScoreTable(w, analysis);

        w.Raw("<p>ผลการประเมิน ITA ปีงบประมาณ ").Raw(fy).Raw(" ของ").Text(org.Name).Raw(" ได้คะแนนรวม ")
            .Raw(w.Score(analysis.Total)).Raw(" คะแนน ระดับผลการประเมิน “").Text(analysis.Rating).Raw("” (เกณฑ์ผ่าน ")
            .Raw(w.Mark(analysis.PassMark)).Raw(" คะแนน) ซึ่ง").Raw(analysis.Passed ? "ผ่าน" : "ไม่ผ่าน").Raw("เกณฑ์");
        var change = analysis.ChangeFromPreviousYear ?? (analysis.Total - analysis.PreviousYearTotal);
        if (change is { } delta)
        {
            w.Raw(" และ");
            if (delta < 0)
                w.Raw("ต่ำกว่าปีที่ผ่านมา ").Raw(w.Score(-delta)).Raw(" คะแนน");
            else if (delta > 0)
                w.Raw("สูงกว่าปีที่ผ่านมา ").Raw(w.Score(delta)).Raw(" คะแนน");
            else
                w.Raw("เท่ากับปีที่ผ่านมา");
            if (analysis.PreviousYearTotal is { } previous)
                w.Raw(" (ปีงบประมาณ ").Raw(w.Year(analysis.FiscalYear - 1)).Raw(" ได้ ").Raw(w.Score(previous)).Raw(" คะแนน)");
        }
        w.Raw("</p>");
    }

    private static void ScoreTable(Writer w, AssessmentAnalysed analysis)
    {
        w.Raw("<table class=\"keep\"><colgroup><col style=\"width:1.5cm\"><col><col style=\"width:2.6cm\"><col style=\"width:2.9cm\"></colgroup>");
        w.Raw("<thead><tr><th>แบบ</th><th>รายละเอียดตัวชี้วัด</th><th>คะแนน<br>รายตัวชี้วัด</th><th>คะแนน<br>รายเครื่องมือ</th></tr></thead>");

        foreach (var (tool, score, indicators) in ToolGroups(analysis))
        {
            w.Raw("<tbody>");
            var rows = Math.Max(1, indicators.Count);
            var span = rows > 1 ? " rowspan=\"" + rows.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\"" : "";
            w.Raw("<tr><td class=\"c m\"").Raw(span).Raw(">").Text(tool).Raw("</td>");
            if (indicators.Count == 0)
                w.Raw("<td>-</td><td class=\"c\">-</td>");
            else
                IndicatorCells(w, indicators[0]);
            w.Raw("<td class=\"c m\"").Raw(span).Raw(">").Raw(score is { } s ? w.Score(s) : "-").Raw("</td></tr>");
            for (var i = 1; i < indicators.Count; i++)
            {
                w.Raw("<tr>");
                IndicatorCells(w, indicators[i]);
                w.Raw("</tr>");
            }
            w.Raw("</tbody>");
        }

        w.Raw("<tbody><tr class=\"b\"><td colspan=\"2\">คะแนนรวม (ระดับผลการประเมิน “").Text(analysis.Rating)
            .Raw("”)</td><td class=\"c\" colspan=\"2\">").Raw(w.Score(analysis.Total)).Raw("</td></tr></tbody></table>");
    }

    private static void IndicatorCells(Writer w, IndicatorResult indicator) =>
        w.Raw("<td>ตัวชี้วัดที่ ").Raw(w.Int(indicator.Indicator)).Raw(" ").Text(indicator.Name)
            .Raw("</td><td class=\"c\">").Raw(w.Score(indicator.Score)).Raw("</td>");

    /// <summary>Tools in the order the analysis lists them, then any indicator whose tool has no tool score.</summary>
    private static List<(string Tool, decimal? Score, List<IndicatorResult> Indicators)> ToolGroups(AssessmentAnalysed analysis)
    {
        var groups = new List<(string Tool, decimal? Score, List<IndicatorResult> Indicators)>();
        foreach (var tool in analysis.Tools)
        {
            groups.Add((tool.Tool, tool.Score, analysis.Indicators
                .Where(i => string.Equals(i.Tool, tool.Tool, StringComparison.OrdinalIgnoreCase))
                .OrderBy(i => i.Indicator)
                .ToList()));
        }
        var orphans = analysis.Indicators
            .Where(i => !analysis.Tools.Any(t => string.Equals(t.Tool, i.Tool, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Indicator)
            .GroupBy(i => i.Tool, StringComparer.OrdinalIgnoreCase);
        foreach (var orphan in orphans)
            groups.Add((orphan.Key, null, orphan.ToList()));
        return groups;
    }

    private static void WeakSection(Writer w, AssessmentAnalysed analysis, string fy)
    {
        var org = analysis.Organisation;
        w.Raw("<h2>").Raw(w.Int(2))
            .Raw(". การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในปีงบประมาณ ")
            .Raw(fy).Raw("</h2>");

        if (analysis.Indicators.Count == 0)
        {
            w.Raw("<p>ผลการประเมินของ").Text(org.Name)
                .Raw(" ที่ได้รับมีเฉพาะคะแนนรวม จึงยังไม่สามารถวิเคราะห์จุดอ่อนรายตัวชี้วัดได้</p>");
            return;
        }

        var weakest = analysis.WeakestIndicator is { } number
            ? analysis.Indicators.FirstOrDefault(i => i.Indicator == number)
            : null;
        var weak = analysis.Indicators.Where(i => i.Weak).OrderBy(i => i.Score).ThenBy(i => i.Indicator).ToList();

        if (weak.Count == 0)
        {
            w.Raw("<p>ทุกตัวชี้วัดของ").Text(org.Name).Raw(" มีคะแนนไม่ต่ำกว่าเกณฑ์ผ่าน (").Raw(w.Mark(analysis.PassMark))
                .Raw(" คะแนน) จึงควรรักษาระดับผลการดำเนินงานไว้");
            if (weakest is not null)
            {
                w.Raw(" โดยตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ");
                Named(w, weakest);
                w.Raw(" ซึ่งควรพัฒนาให้ดียิ่งขึ้น");
            }
            w.Raw("</p>");
            return;
        }

        w.Raw("<p>จากผลการประเมิน ITA ปีงบประมาณ ").Raw(fy).Raw(" ").Text(org.Name).Raw(" มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่าน (")
            .Raw(w.Mark(analysis.PassMark)).Raw(" คะแนน) จำนวน ").Raw(w.Int(weak.Count))
            .Raw(" ตัวชี้วัด ซึ่งเป็นจุดอ่อนที่ต้องปรับปรุงและพัฒนา");
        if (weakest is not null)
        {
            w.Raw(" โดยตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ");
            Named(w, weakest);
            w.Raw(" ซึ่งต้องแก้ไขเป็นลำดับแรก");
        }
        w.Raw(" รายละเอียดดังนี้</p>");

        w.Raw("<table class=\"keep\"><colgroup><col><col style=\"width:1.5cm\"><col style=\"width:2.2cm\"><col style=\"width:2.9cm\"></colgroup>");
        w.Raw("<thead><tr><th>ตัวชี้วัด</th><th>แบบ</th><th>คะแนน</th><th>ต่ำกว่าเกณฑ์</th></tr></thead><tbody>");
        foreach (var indicator in weak)
        {
            w.Raw(ReferenceEquals(indicator, weakest) ? "<tr class=\"b\">" : "<tr>");
            w.Raw("<td>ตัวชี้วัดที่ ").Raw(w.Int(indicator.Indicator)).Raw(" ").Text(indicator.Name).Raw("</td><td class=\"c\">")
                .Text(indicator.Tool).Raw("</td><td class=\"c\">").Raw(w.Score(indicator.Score)).Raw("</td><td class=\"c\">");
            var gap = analysis.PassMark - indicator.Score;
            w.Raw(gap > 0 ? w.Score(gap) : "-").Raw("</td></tr>");
        }
        w.Raw("</tbody></table>");
    }

    private static void Named(Writer w, IndicatorResult indicator) =>
        w.Raw("ตัวชี้วัดที่ ").Raw(w.Int(indicator.Indicator)).Raw(" ").Text(indicator.Name)
            .Raw(" ได้ ").Raw(w.Score(indicator.Score)).Raw(" คะแนน");

    private static void MeasureSection(Writer w, AssessmentAnalysed analysis, ImprovementPlanDrafted plan)
    {
        var org = analysis.Organisation;
        var planYear = w.Year(plan.PlanFiscalYear);
        w.Raw("<section class=\"wide\"><h2>").Raw(w.Int(3)).Raw(". การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ ").Raw(planYear).Raw("</h2>");
        w.Raw("<p>จากผลการวิเคราะห์การประเมิน ITA ของ").Text(org.Name).Raw(" ประจำปีงบประมาณ ").Raw(w.Year(plan.AssessedFiscalYear))
            .Raw(" นำไปสู่การกำหนดมาตรการ โครงการ หรือกิจกรรม ในการปรับปรุงหรือพัฒนาองค์กร หรือรักษาระดับคุณธรรมและความโปร่งใสของ")
            .Text(org.Name).Raw(" ประจำปีงบประมาณ ").Raw(planYear).Raw(" ดังต่อไปนี้</p>");

        // Widths hold each header on one line; the finding takes what is left. Rows may split across pages (the
        // header repeats): keeping a tall row whole leaves most of a page blank.
        w.Raw("<table><colgroup><col style=\"width:1.5cm\"><col style=\"width:5cm\"><col style=\"width:4cm\"><col>")
            .Raw("<col style=\"width:3.6cm\"><col style=\"width:3.6cm\"></colgroup>");
        w.Raw("<thead><tr><th>ลำดับ</th><th>มาตรการ</th><th>ตัวชี้วัด</th><th>ประเด็นที่พบ</th><th>ผู้รับผิดชอบ</th><th>ระยะเวลา</th></tr></thead><tbody>");
        if (plan.Measures.Count == 0)
            w.Raw("<tr><td class=\"c\" colspan=\"6\">ยังไม่มีมาตรการ</td></tr>");
        foreach (var measure in plan.Measures.OrderBy(m => m.Order))
        {
            w.Raw("<tr><td class=\"c\">").Raw(w.Int(measure.Order)).Raw("</td><td>").Text(measure.Title)
                .Raw("</td><td>ตัวชี้วัดที่ ").Raw(w.Int(measure.Indicator)).Raw(" ").Text(measure.IndicatorName)
                .Raw("</td><td>").Text(measure.Finding).Raw("</td><td>").Text(measure.ResponsibleUnit)
                .Raw("</td><td>").Text(measure.Period).Raw("</td></tr>");
        }
        w.Raw("</tbody></table></section>");
    }

    /// <summary>"อำเภออุ้มผาง จังหวัดตาก", whether or not the data carries the prefixes; Bangkok has เขต and no จังหวัด.</summary>
    private static string Place(OrganisationInfo org)
    {
        var bangkok = org.Province.Trim() is "กรุงเทพมหานคร" or "กรุงเทพฯ";
        var parts = new List<string>(2);
        if (org.District?.Trim() is { Length: > 0 } district)
            parts.Add(district.StartsWith("อำเภอ", StringComparison.Ordinal) || district.StartsWith("เขต", StringComparison.Ordinal)
                ? district
                : (bangkok ? "เขต" : "อำเภอ") + district);
        if (org.Province.Trim() is { Length: > 0 } province)
            parts.Add(bangkok || province.StartsWith("จังหวัด", StringComparison.Ordinal) ? province : "จังหวัด" + province);
        return string.Join(' ', parts);
    }

    /// <summary>The emblem as a data URI: an image cannot run script or fetch anything, whatever the file holds.</summary>
    private static string EmblemDataUri(string svg)
    {
        // The same configured string arrives for every render; encoding it once saves a copy of ~140 kB per document.
        var cached = Volatile.Read(ref _emblemCache);
        if (cached is not null && ReferenceEquals(cached.Item1, svg))
            return cached.Item2;
        var uri = "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg));
        Volatile.Write(ref _emblemCache, Tuple.Create(svg, uri));
        return uri;
    }

    private sealed class Writer(bool thaiDigits)
    {
        private readonly StringBuilder _html = new(32 * 1024);

        public bool ThaiDigits { get; } = thaiDigits;

        public Writer Raw(string html)
        {
            _html.Append(html);
            return this;
        }

        /// <summary>Data text: digits become Thai before encoding, so that numeric entities stay intact.</summary>
        public Writer Text(string? text)
        {
            if (!string.IsNullOrEmpty(text))
                _html.Append(WebUtility.HtmlEncode(ThaiDigits ? ThaiText.ToThaiDigits(text) : text));
            return this;
        }

        public string Int(int value) => ThaiText.Integer(value, ThaiDigits);

        /// <summary>"พ.ศ. ๒๕๖๘" with a no-break space, so that a line never ends between the era and the year.</summary>
        public string Year(int year) => "พ.ศ.\u00A0" + ThaiText.Integer(year, ThaiDigits);

        public string Score(decimal value) => ThaiText.Number(value, 2, ThaiDigits);

        public string Mark(decimal value) => ThaiText.Number(value, decimal.Truncate(value) == value ? 0 : 2, ThaiDigits);

        public override string ToString() => _html.ToString();
    }
}
