using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" (like seed 002) as blocks, for its DOCX: cover, scores per tool and
/// indicator, the weak indicators and the measures table, with the same facts as <see cref="Services.AnalysisReport"/>.
/// </summary>
public static class AnalysisTemplate
{
    public const string Title = "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร";

    public static Doc Build(DocumentData data, DateOnly preparedOn)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (analysis, plan) = (data.Analysis, data.Plan);
        var org = analysis.Organisation;
        var fy = Year(analysis.FiscalYear);
        var blocks = new List<Block>
        {
            new Emblem(EmblemPlacement.TopCentre),
            new Para(Title, ParaStyle.Title),
            Centre($"(การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในปีงบประมาณ {fy})"),
            new Para(org.Name, ParaStyle.Title),
            Centre(Place(org)),
            Centre($"จัดทำโดย {org.Name}"),
            Centre($"ณ วันที่ {Date(preparedOn)}"),
            new PageBreak(),

            Heading($"1. ผลการประเมิน ITA ของ{org.Name} ปีงบประมาณ {fy}"),
            Body($"จากผลการประเมิน ITA ในปีงบประมาณ {fy} ของ{org.Name} พบว่ามีผลคะแนน {Score(analysis.Total)} คะแนน อยู่ในระดับ “{analysis.Rating}”"),
        };
        if (analysis.Indicators.Count > 0)
        {
            blocks.Add(new Table([new(1.5m, true), new(0), new(2.6m, true), new(2.9m, true)],
                [["แบบ", "รายละเอียดตัวชี้วัด", "คะแนนรายตัวชี้วัด", "คะแนนรายเครื่องมือ"]],
                analysis.Indicators.OrderBy(i => i.Indicator).Select(i => (IReadOnlyList<Cell>)
                [
                    new Cell(i.Tool), new Cell($"ตัวชี้วัดที่ {Int(i.Indicator)} {i.Name}"), new Cell(Score(i.Score)),
                    new Cell(analysis.Tools.FirstOrDefault(t => string.Equals(t.Tool, i.Tool, StringComparison.OrdinalIgnoreCase)) is { } tool
                        ? Score(tool.Score) : "-"),
                ]).Append([new Cell($"คะแนนรวม (ระดับผลการประเมิน “{analysis.Rating}”)", 2, bold: true), new Cell(Score(analysis.Total), 2, bold: true, centre: true)])
                .ToList()));
            blocks.Add(new Chart("คะแนนรายตัวชี้วัด",
                analysis.Indicators.OrderBy(i => i.Indicator).Select(i => new ChartBar($"ตัวชี้วัดที่ {Int(i.Indicator)}", i.Score, Score(i.Score))).ToList(), 100m));
        }
        var verdict = $"ผลการประเมิน ITA ปีงบประมาณ {fy} ของ{org.Name} ได้คะแนนรวม {Score(analysis.Total)} คะแนน "
            + $"ระดับผลการประเมิน “{analysis.Rating}” (เกณฑ์ผ่าน {Score(analysis.PassMark)} คะแนน) ซึ่ง{(analysis.Passed ? "ผ่าน" : "ไม่ผ่าน")}เกณฑ์";
        if ((analysis.ChangeFromPreviousYear ?? (analysis.Total - analysis.PreviousYearTotal)) is { } delta)
            verdict += delta < 0 ? $" และต่ำกว่าปีที่ผ่านมา {Score(-delta)} คะแนน"
                : delta > 0 ? $" และสูงกว่าปีที่ผ่านมา {Score(delta)} คะแนน" : " และเท่ากับปีที่ผ่านมา";
        blocks.Add(Body(verdict));

        var weak = analysis.Indicators.Where(i => i.Weak).OrderBy(i => i.Score).ThenBy(i => i.Indicator).ToList();
        blocks.Add(Heading($"2. ประเด็นที่เป็นข้อบกพร่องหรือจุดอ่อนจากผลการประเมิน ITA ปีงบประมาณ {fy}"));
        if (weak.Count == 0)
            blocks.Add(Body($"ทุกตัวชี้วัดของ{org.Name} มีคะแนนไม่ต่ำกว่าเกณฑ์ผ่าน ({Score(analysis.PassMark)} คะแนน) จึงควรรักษาระดับผลการดำเนินงานไว้"));
        else
        {
            blocks.Add(Body($"{org.Name} มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่าน ({Score(analysis.PassMark)} คะแนน) จำนวน {Int(weak.Count)} ตัวชี้วัด รายละเอียดดังนี้"));
            blocks.Add(new Table([new(0), new(1.5m, true), new(2.2m, true), new(2.9m, true)], [["ตัวชี้วัด", "แบบ", "คะแนน", "ต่ำกว่าเกณฑ์"]],
                weak.Select(i => (IReadOnlyList<Cell>)
                [
                    new Cell($"ตัวชี้วัดที่ {Int(i.Indicator)} {i.Name}"), new Cell(i.Tool), new Cell(Score(i.Score)),
                    new Cell(analysis.PassMark - i.Score > 0 ? Score(analysis.PassMark - i.Score) : "-"),
                ]).ToList()));
        }

        blocks.Add(Heading($"3. การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ {Year(plan.PlanFiscalYear)}"));
        blocks.Add(new Table([new(1.5m, true), new(5m), new(4m), new(0), new(3.6m), new(3.6m)],
            [["ลำดับ", "มาตรการ", "ตัวชี้วัด", "ประเด็นที่พบ", "ผู้รับผิดชอบ", "ระยะเวลา"]],
            plan.Measures.Count == 0
                ? [[new Cell("ยังไม่มีมาตรการ", 6, centre: true)]]
                : plan.Measures.OrderBy(m => m.Order).Select(m => (IReadOnlyList<Cell>)
                [
                    new Cell(Int(m.Order)), new Cell(m.Title), new Cell($"ตัวชี้วัดที่ {Int(m.Indicator)} {m.IndicatorName}"),
                    new Cell(m.Finding), new Cell(m.ResponsibleUnit), new Cell(m.Period),
                ]).ToList(),
            Landscape: true));
        return new Doc($"{Title} {org.Name} {fy}", blocks);
    }
}
