using Ita.Micro.Contracts;
using Ita.Micro.Contracts.Text;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Services;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// ประกาศ: the organisation announces the measures of its published plan (like seed 003): Garuda at the top centre,
/// "ประกาศ" and the organisation, เรื่อง, the measures grouped by indicator, "ประกาศ ณ วันที่" and the signature.
/// </summary>
public static class AnnouncementTemplate
{
    public const string Subject = "มาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public static Doc Build(ImprovementPlanPublished plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var org = plan.Organisation.Name;
        var blocks = new List<Block>
        {
            new Emblem(EmblemPlacement.TopCentre),
            new Para("ประกาศ" + org, ParaStyle.Title),
            Centre($"เรื่อง {Subject}"),
            Centre($"ประจำปีงบประมาณ {Year(plan.PlanFiscalYear)}"),
            Centre("------------------------------"),
            Body("สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้พัฒนาเครื่องมือการประเมินเชิงบวก"
                + "เพื่อเป็นมาตรการป้องกันการทุจริต และเป็นกลไกในการสร้างความตระหนักให้หน่วยงานภาครัฐมีการดำเนินงานอย่างโปร่งใสและมีคุณธรรม "
                + $"โดยใช้ชื่อว่า “{ItaName}”"),
            Body($"{org}ได้วิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงาน ประจำปีงบประมาณ {Year(plan.AssessedFiscalYear)} "
                + $"จึงได้กำหนด{Subject} ประจำปีงบประมาณ {Year(plan.PlanFiscalYear)} เพื่อยกระดับผลการประเมินให้ดีขึ้น "
                + $"ใน {Int(plan.Measures.SelectMany(m => m.Indicators).Select(i => i.Number).Distinct().Count())} ตัวชี้วัด "
                + $"เพื่อให้บุคลากรในสังกัด{org}ถือเป็นแนวทางปฏิบัติ ดังนี้"),
        };

        var number = 0;
        foreach (var (indicator, measures) in ByIndicator(plan.Measures))
        {
            blocks.Add(Heading(Parts.Indicator(indicator)));
            foreach (var measure in measures)
            {
                number++;
                blocks.Add(Body($"{Int(number)}. {measure.Title}"));
                foreach (var step in measure.Steps)
                    blocks.Add(new Para("- " + step, ParaStyle.Indented));
                blocks.Add(new Para($"ผู้รับผิดชอบ: {string.Join(" ", measure.ResponsibleUnits)} ระยะเวลา: {measure.Period}", ParaStyle.Indented));
            }
        }
        if (plan.Measures.Count == 0)
            blocks.Add(Body("(ยังไม่มีมาตรการในแผน)"));

        var on = plan.AnnouncedOn;
        blocks.Add(Body("จึงประกาศให้ทราบโดยทั่วกัน"));
        blocks.Add(Body($"ประกาศ ณ วันที่ {Int(on.Day)} เดือน{ThaiText.MonthName(on.Month)} {Year(ThaiText.BuddhistYear(on.Year))}"));
        blocks.Add(new SignatureBlock(plan.Signatory));
        return new Doc($"ประกาศ{org} เรื่อง {Subject}", blocks);
    }
}
