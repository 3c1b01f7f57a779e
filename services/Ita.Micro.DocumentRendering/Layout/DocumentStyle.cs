namespace Ita.Micro.DocumentRendering.Layout;

/// <summary>
/// The one stylesheet of every document written by <see cref="HtmlDocWriter"/>. Kept small: Chromium parses it again
/// for every render.
/// </summary>
internal static class DocumentStyle
{
    // A4 with the margins of ระเบียบงานสารบรรณ (top 2.5, right 2, bottom 2, left 3 cm); the page number sits in the top
    // margin box as official documents place it, and the first page has none. Line height 1.7: at 1.6 Chromium also
    // paints the stacked marks of a page's first line at the foot of the previous page. Thai is left-aligned
    // (justifying opens wide gaps) and Chromium breaks it between words with its dictionary (lang="th").
    private const string Template = """
        @page{size:A4;margin:2.5cm 2cm 2cm 3cm;@top-center{content:"- " counter(page,{counter}) " -";font:16pt "TH Sarabun New","TH SarabunPSK","Laksaman",sans-serif;vertical-align:bottom;padding-bottom:.4cm}}
        @page:first{@top-center{content:none}}
        html{font:16pt/1.6 "TH Sarabun New","TH SarabunPSK","Laksaman",sans-serif;color:#000;text-align:left}
        body{margin:0}
        p{margin:0 0 3pt}
        .body{text-indent:2.5cm}
        .ind{padding-left:2.5cm;margin-bottom:0}
        .step{text-indent:2.5cm;margin-bottom:0}
        .dated{padding-left:5cm;margin-top:8pt;break-after:avoid}
        .h{font-weight:bold;margin-top:8pt;break-after:avoid}
        .ctr{text-align:center}
        .title{text-align:center;font-weight:bold;font-size:20pt;line-height:1.5}
        .memo{text-align:center;font-weight:bold;font-size:29pt;line-height:35pt;margin:0 0 12pt}
        .brk{break-after:page}
        .em{display:block;margin:0 auto 8pt;height:3cm;width:auto}
        .em.s{float:left;margin:0;height:1.5cm}
        .noem{height:3cm;width:3cm;margin:0 auto 8pt;box-sizing:border-box;border:1pt dashed #777;color:#777;font-size:12pt;line-height:1.3;display:flex;align-items:center;justify-content:center;text-align:center}
        .noem.s{float:left;margin:0;height:1.5cm;width:1.5cm;font-size:9pt}
        .sigblk{break-inside:avoid}
        .sig{margin:12pt 0 0 45%;text-align:center}
        .sig.nosign{margin-top:48pt}
        .sig p{margin:0}
        table{width:100%;border-collapse:collapse;table-layout:fixed;margin:2pt 0 6pt;font-size:14pt;line-height:1.45}
        thead{display:table-header-group}
        tr{break-inside:auto}
        th,td{border:.75pt solid #000;padding:1pt 3pt;vertical-align:top;overflow-wrap:break-word}
        th{text-align:center;vertical-align:middle;background:#e8e8e8;line-height:1.3}
        td p{margin:0}
        .c{text-align:center}
        .b{font-weight:bold}
        figure{margin:4pt 0 8pt;break-inside:avoid}
        figcaption{text-align:center;font-weight:bold}
        svg{display:block;width:100%;height:auto}
        """;

    public static readonly string ThaiDigits = Template.Replace("{counter}", "thai", StringComparison.Ordinal);
    public static readonly string ArabicDigits = Template.Replace("{counter}", "decimal", StringComparison.Ordinal);
}
