using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// รายงานผลการดำเนินการ (like seeds 004 and 000): cover, foreword, background from last year's assessment, and per
/// measure its steps, unit, period, output and outcome, from the submitted 6- or 12-month report.
/// </summary>
public static class ProgressReportTemplate
{
    public const string Title = "รายงานผลการดำเนินการเพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน";

    public static Doc Build(ProgressDocumentData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var report = data.Report;
        var org = report.Organisation;
        var period = Period(report.Period, report.PlanFiscalYear, report.AsOf);
        var measures = report.Entries.Select(e => e.Measure).ToList();
        var blocks = new List<Block>
        {
            new Emblem(EmblemPlacement.TopCentre),
            new Spacer(2m),
            new Para("รายงานผลการดำเนินการ", ParaStyle.Title),
            new Para("เพื่อส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน", ParaStyle.Title),
            new Para($"ประจำปีงบประมาณ {Year(report.PlanFiscalYear)}", ParaStyle.Title),
            Centre(period),
            new Spacer(6m),
            new Para(org.Name, ParaStyle.Title),
            Centre(Place(org)),
            new Spacer(1.5m),
            Centre("จัดทำโดย"),
            Centre(org.Name),
            new PageBreak(),
            Heading("คำนำ"),
            Body(
                "สำนักงานคณะกรรมการป้องกันและปราบปรามการทุจริตแห่งชาติ (สำนักงาน ป.ป.ช.) ได้พัฒนาเครื่องมือการประเมินเชิงบวก"
                    + $"เพื่อเป็นมาตรการป้องกันการทุจริต โดยใช้ชื่อว่า {ItaName} และมุ่งหวังให้หน่วยงานภาครัฐปรับปรุงพัฒนาตนเองในด้านคุณธรรมและความโปร่งใส"
            ),
            Body(
                $"{org.Name} จึงได้จัดทำ{Title} ประจำปีงบประมาณ {Year(report.PlanFiscalYear)} {period} "
                    + "เพื่อนำข้อมูลไปวิเคราะห์และพัฒนาการดำเนินงานให้มีประสิทธิภาพในปีถัดไป"
            ),
            Centre(org.Name),
            Heading($"ผลการประเมิน ITA ประจำปีงบประมาณ {Year(report.AssessedFiscalYear)}"),
            Body(Background(data)),
        };

        blocks.Add(
            new Table(
                [new(), new(), new(), new(), new()],
                [
                    [
                        // The seed's headings, shortened where the document's title already says it: they repeat on every page.
                        // Who and when share a column, so that the steps have the width a portrait page can give.
                        "มาตรการ/โครงการ/กิจกรรม",
                        ColumnHeading("ขั้นตอน/วิธี|การ|ปฏิบัติ"),
                        ColumnHeading("หน่วย|งาน|รับผิดชอบ|และ|ระยะ|เวลา"),
                        ColumnHeading("ผล|การ|ดำเนิน|การ"),
                        "ผลลัพธ์",
                    ],
                ],
                report.Entries.OrderBy(e => e.Measure.Order).Select(Row).ToList()
            )
        );

        blocks.Add(Heading("สรุปผลการดำเนินการ"));
        blocks.Add(Body(Summary(report)));
        Evidence(blocks, report);
        return new Doc($"{Title} {org.Name} {Year(report.PlanFiscalYear)}", blocks);
    }

    private static string Background(ProgressDocumentData data)
    {
        var report = data.Report;
        var org = report.Organisation.Name;
        var result = data.Assessed is { } assessed
            ? $" ได้คะแนนรวม {Score(assessed.Total)} คะแนน {RatingWords.InSentence(assessed.Rating, assessed.Passed, assessed.Total)}"
            : "";
        var indicators = IndicatorList(report.Entries.Select(e => e.Measure));
        return $"{org} ได้วิเคราะห์ผลการประเมิน ITA ประจำปีงบประมาณ {Year(report.AssessedFiscalYear)}{result} "
            + (indicators.Length > 0 ? $"พบประเด็นที่ต้องพัฒนาให้ดีขึ้น ได้แก่ {indicators} " : "")
            + $"และได้กำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน ประจำปีงบประมาณ {Year(report.PlanFiscalYear)} "
            + $"บัดนี้ {org} ได้ดำเนินการตามมาตรการดังกล่าว ณ วันที่ {Date(report.AsOf)} รายละเอียดมีดังนี้";
    }

    private static IReadOnlyList<Cell> Row(ProgressReportEntry entry)
    {
        var measure = entry.Measure;
        var progress = entry.Progress;
        var output = new List<string> { Status(progress?.Status) };
        if (progress is not null)
        {
            if (progress.Output.Length > 0)
                output.Add(progress.Output);
            if (progress.DroppedReason is { Length: > 0 } reason)
                output.Add("เหตุผล: " + reason);
        }
        return
        [
            new Cell([$"{Int(measure.Order)}. {measure.Title}", .. measure.Indicators.Select(Parts.Indicator)]),
            new Cell(Steps(measure)),
            new Cell([.. measure.ResponsibleUnits, measure.Period]),
            new Cell(output),
            new Cell(progress is { Outcome.Length: > 0 } ? progress.Outcome : "-"),
        ];
    }

    private static string Summary(ProgressReportSubmitted report)
    {
        var counts = report
            .Entries.GroupBy(e => e.Progress?.Status ?? MeasureStatus.NotStarted)
            .ToDictionary(g => g.Key, g => g.Count());
        var parts = new[]
        {
            MeasureStatus.Done,
            MeasureStatus.InProgress,
            MeasureStatus.NotStarted,
            MeasureStatus.Dropped,
        }
            .Where(counts.ContainsKey)
            .Select(s => $"{Status(s)} {Int(counts[s])} มาตรการ");
        return $"จากมาตรการทั้งหมด {Int(report.Entries.Count)} มาตรการ " + string.Join(" ", parts);
    }

    /// <summary>
    /// The published evidence, with its addresses in ASCII digits so that they still work: every link recorded for each
    /// measure up to the report's date; reports sent before entries carried them have their latest update's only.
    /// </summary>
    private static void Evidence(List<Block> blocks, ProgressReportSubmitted report)
    {
        var links = report
            .Entries.OrderBy(e => e.Measure.Order)
            .SelectMany(e =>
                (e.Evidence.Count > 0 ? e.Evidence : e.Progress?.Evidence ?? []).Select(link => (e.Measure.Order, link))
            )
            .ToList();
        if (links.Count == 0)
            return;
        blocks.Add(Heading("หลักฐานการดำเนินการ"));
        foreach (var (order, link) in links)
            blocks.Add(
                new Para(
                    [new Run($"มาตรการที่ {Int(order)} {link.Title}: "), new Run(link.Url, Verbatim: true)],
                    ParaStyle.Indented
                )
            );
    }
}
