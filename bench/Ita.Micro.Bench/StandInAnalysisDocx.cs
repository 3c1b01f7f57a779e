using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Ita.Micro.Contracts;

namespace Ita.Micro.Bench;

/// <summary>
/// A stand-in for the service's DOCX writer until issue 6 brings it (see <see cref="DocxSource"/>): the analysis
/// report's text and tables as a two-page A4 Thai document in TH SarabunPSK 16 pt, written the way the house rules
/// ask (every script's font set, th-TH, Thai distributed body), so its cost and LibreOffice's are of the same order.
/// </summary>
public static class StandInAnalysisDocx
{
    private const string Font = "TH SarabunPSK";

    public static byte[] Write(AssessmentAnalysed analysis, ImprovementPlanDrafted plan)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var org = analysis.Organisation.Name;
            body.Append(Paragraph("การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร", bold: true, centred: true, size: 24));
            body.Append(Paragraph($"{org} อำเภอ{analysis.Organisation.District} จังหวัด{analysis.Organisation.Province}", bold: true, centred: true));
            body.Append(Paragraph($"๑. ผลการประเมิน ITA ของ{org} ปีงบประมาณ พ.ศ. {Thai(analysis.FiscalYear)}", bold: true));
            body.Append(Paragraph($"จากผลการประเมิน ITA ในปีงบประมาณ พ.ศ. {Thai(analysis.FiscalYear)} ของ{org} พบว่ามีผลคะแนน " +
                                  $"{Thai(analysis.Total)} คะแนน อยู่ในระดับ “{analysis.Rating}” โดยมีผลการประเมินรายเครื่องมือและรายตัวชี้วัด ดังนี้"));
            body.Append(Table(["แบบ", "รายละเอียดตัวชี้วัด", "คะแนน"],
                analysis.Indicators.Select(i => new[] { i.Tool, $"ตัวชี้วัดที่ {Thai(i.Indicator)} {i.Name}", Thai(i.Score) })));
            body.Append(Paragraph("๒. การวิเคราะห์ผลการประเมินรายตัวชี้วัด", bold: true));
            foreach (var indicator in analysis.Indicators)
                body.Append(Paragraph(indicator.Narrative));
            body.Append(new Paragraph(new Run(new Break { Type = BreakValues.Page })));
            body.Append(Paragraph($"๓. มาตรการส่งเสริมคุณธรรมและความโปร่งใส ประจำปีงบประมาณ พ.ศ. {Thai(plan.PlanFiscalYear)}", bold: true));
            body.Append(Table(["มาตรการ", "ผลการวิเคราะห์", "ขั้นตอนหรือวิธีการปฏิบัติ", "ระยะเวลา", "ผู้รับผิดชอบ"],
                plan.Measures.Select(m => new[] { m.Title, m.Finding, string.Join(" ", m.Steps), m.Period, m.ResponsibleUnit })));
            body.Append(new SectionProperties(
                new PageSize { Width = 11906, Height = 16838 },
                new PageMargin { Top = 1418, Bottom = 1134, Left = 1701, Right = 1134, Header = 709, Footer = 709, Gutter = 0 }));
            main.Document = new Document(body);
            main.Document.Save();
        }
        return stream.ToArray();
    }

    private static Paragraph Paragraph(string text, bool bold = false, bool centred = false, int size = 16)
    {
        var properties = new ParagraphProperties(new Justification { Val = centred ? JustificationValues.Center : JustificationValues.ThaiDistribute });
        return new Paragraph(properties, TextRun(text, bold, size));
    }

    private static Run TextRun(string text, bool bold = false, int size = 16)
    {
        var halfPoints = (size * 2).ToString(CultureInfo.InvariantCulture);
        var properties = new RunProperties(
            new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
            new FontSize { Val = halfPoints }, new FontSizeComplexScript { Val = halfPoints },
            new Languages { Val = "th-TH", Bidi = "th-TH" });
        if (bold)
        {
            properties.Append(new Bold(), new BoldComplexScript());
        }
        return new Run(properties, new Text(text) { Space = SpaceProcessingModeValues.Preserve });
    }

    private static Table Table(string[] headings, IEnumerable<string[]> rows)
    {
        var border = new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 }, new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 }, new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 }, new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(border, new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" }));
        table.Append(Row(headings, header: true));
        foreach (var row in rows)
            table.Append(Row(row, header: false));
        return table;
    }

    private static TableRow Row(string[] cells, bool header)
    {
        var row = new TableRow();
        if (header)
            row.Append(new TableRowProperties(new TableHeader()));
        foreach (var cell in cells)
            row.Append(new TableCell(new Paragraph(TextRun(cell, header, 14))));
        return row;
    }

    private static string Thai(decimal value) => ThaiDigits(value.ToString("0.00", CultureInfo.InvariantCulture));

    private static string Thai(int value) => ThaiDigits(value.ToString(CultureInfo.InvariantCulture));

    private static string ThaiDigits(string text) => string.Concat(text.Select(c => c is >= '0' and <= '9' ? (char)('๐' + (c - '0')) : c));
}
