using Ita.Micro.Contracts;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// "การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร" (like seed 002): cover, foreword, the score table per tool and
/// indicator with charts (overall, per tool, per indicator, against last year), the analysis per indicator (score,
/// class, reason, weakest items) and the measures table (measure, indicator, finding, steps, period, unit).
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
            new Spacer(2m),
            new Para(Title, ParaStyle.Title),
            Centre($"(การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในปีงบประมาณ {fy})"),
            new Spacer(6m),
            new Para(org.Name, ParaStyle.Title),
            Centre(Place(org)),
            new Spacer(1.5m),
            Centre($"จัดทำโดย {org.Name}"),
            Centre($"ณ วันที่ {Date(preparedOn)}"),
            new PageBreak(),
            Heading("คำนำ"),
            Body(
                $"สำนักงาน ป.ป.ช. ได้พัฒนาเครื่องมือการประเมินเชิงบวกเพื่อเป็นมาตรการป้องกันการทุจริต โดยใช้ชื่อว่า {ItaName} "
                    + $"{org.Name} จึงได้วิเคราะห์ผลการประเมินในปีงบประมาณ {fy} เพื่อหาข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน "
                    + "ประเด็นที่ต้องพัฒนาให้ดีขึ้น และประเด็นที่ควรรักษาระดับ แล้วนำไปกำหนดมาตรการส่งเสริมคุณธรรมและความโปร่งใสภายในหน่วยงาน"
            ),
            Centre(org.Name),
        };
        Scores(blocks, analysis, fy);
        Analysis(blocks, analysis, fy);
        Measures(blocks, analysis, plan);
        return new Doc($"{Title} {org.Name} {fy}", blocks);
    }

    private static void Scores(List<Block> blocks, AssessmentAnalysed analysis, string fy)
    {
        var org = analysis.Organisation.Name;
        var hasDetail = analysis.Tools.Count > 0 || analysis.Indicators.Count > 0;
        blocks.Add(Heading($"1. ผลการประเมิน ITA ของ{org} ปีงบประมาณ {fy}"));
        blocks.Add(
            Body(
                $"จากผลการประเมิน ITA ในปีงบประมาณ {fy} ของ{org} พบว่ามีผลคะแนน {Score(analysis.Total)} คะแนน "
                    + RatingWords.InSentence(analysis)
                    + (hasDetail ? " โดยมีผลการประเมินรายเครื่องมือและรายตัวชี้วัด ดังนี้" : "")
            )
        );
        if (hasDetail)
            blocks.Add(ScoreTable(analysis));

        var verdict =
            $"ผลการประเมิน ITA ปีงบประมาณ {fy} ของ{org} ได้คะแนนรวม {Score(analysis.Total)} คะแนน "
            + $"{RatingWords.Named(analysis)} (เกณฑ์ผ่าน {Mark(analysis.PassMark)} คะแนน) ซึ่ง{(analysis.Passed ? "ผ่าน" : "ไม่ผ่าน")}เกณฑ์";
        if ((analysis.ChangeFromPreviousYear ?? (analysis.Total - analysis.PreviousYearTotal)) is { } delta)
        {
            verdict +=
                delta < 0 ? $" และต่ำกว่าปีที่ผ่านมา {Score(-delta)} คะแนน"
                : delta > 0 ? $" และสูงกว่าปีที่ผ่านมา {Score(delta)} คะแนน"
                : " และเท่ากับปีที่ผ่านมา";
            if (analysis.PreviousYearTotal is { } previous)
                verdict += $" (ปีงบประมาณ {Year(analysis.FiscalYear - 1)} ได้ {Score(previous)} คะแนน)";
        }
        blocks.Add(Body(verdict));

        blocks.Add(
            new Chart(
                "ผลการประเมินในภาพรวม",
                [
                    new("คะแนนรวม", analysis.Total, Score(analysis.Total)),
                    new("เกณฑ์ผ่าน", analysis.PassMark, Mark(analysis.PassMark)),
                ],
                100m
            )
        );
        if (analysis.Tools.Count > 0)
            blocks.Add(
                new Chart(
                    "ผลการประเมินรายเครื่องมือ",
                    analysis.Tools.Select(t => new ChartBar(t.Tool, t.Score, Score(t.Score))).ToList(),
                    100m
                )
            );
        if (analysis.Indicators.Count > 0)
            blocks.Add(
                new Chart(
                    "ผลการประเมินรายตัวชี้วัด",
                    analysis
                        .Indicators.OrderBy(i => i.Indicator)
                        .Select(i => new ChartBar($"ตัวชี้วัดที่ {Int(i.Indicator)}", i.Score, Score(i.Score)))
                        .ToList(),
                    100m
                )
            );
        if (analysis.PreviousYearTotal is { } last)
            blocks.Add(
                new Chart(
                    "ผลการประเมินในภาพรวมย้อนหลัง",
                    [
                        new(
                            $"ปีงบประมาณ {Year(analysis.PreviousFiscalYear ?? analysis.FiscalYear - 1)}",
                            last,
                            Score(last)
                        ),
                        new($"ปีงบประมาณ {fy}", analysis.Total, Score(analysis.Total)),
                    ],
                    100m
                )
            );
    }

    /// <summary>Tools as rows of their indicators; the tool and its score are printed on the group's first row.</summary>
    private static Table ScoreTable(AssessmentAnalysed analysis)
    {
        var rows = new List<IReadOnlyList<Cell>>();
        var tools = analysis
            .Tools.Select(t => t.Tool)
            .Concat(analysis.Indicators.Select(i => i.Tool))
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .ToList();
        foreach (var tool in tools)
        {
            var score = analysis
                .Tools.FirstOrDefault(t => string.Equals(t.Tool, tool, StringComparison.OrdinalIgnoreCase))
                ?.Score;
            var indicators = analysis
                .Indicators.Where(i => string.Equals(i.Tool, tool, StringComparison.OrdinalIgnoreCase))
                .OrderBy(i => i.Indicator)
                .ToList();
            if (indicators.Count == 0)
                rows.Add([tool, "-", "-", score is { } s ? Score(s) : "-"]);
            for (var n = 0; n < indicators.Count; n++)
                rows.Add([
                    n == 0 ? tool : "",
                    $"ตัวชี้วัดที่ {Int(indicators[n].Indicator)} {indicators[n].Name}",
                    Score(indicators[n].Score),
                    n == 0 && score is { } s ? Score(s) : "",
                ]);
        }
        rows.Add([
            new Cell($"คะแนนรวม ({RatingWords.Named(analysis)})", 2, bold: true),
            new Cell(Score(analysis.Total), 2, bold: true, centre: true),
        ]);
        return new Table(
            [new(1.5m, true), new(0), new(2.6m, true), new(2.9m, true)],
            [
                ["แบบ", "รายละเอียดตัวชี้วัด", "คะแนนรายตัวชี้วัด", "คะแนนรายเครื่องมือ"],
            ],
            rows
        );
    }

    private static void Analysis(List<Block> blocks, AssessmentAnalysed analysis, string fy)
    {
        var org = analysis.Organisation.Name;
        blocks.Add(
            Heading(
                $"2. การวิเคราะห์ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ ในปีงบประมาณ {fy}"
            )
        );
        if (analysis.Indicators.Count == 0)
        {
            blocks.Add(
                Body($"ผลการประเมินของ{org} ที่ได้รับมีเฉพาะคะแนนรวม จึงยังไม่สามารถวิเคราะห์จุดอ่อนรายตัวชี้วัดได้")
            );
            return;
        }
        var weak = analysis.Indicators.Count(i => i.Weak);
        var weakest = analysis.WeakestIndicator is { } number
            ? analysis.Indicators.FirstOrDefault(i => i.Indicator == number)
            : null;
        blocks.Add(
            Body(
                (
                    weak == 0
                        ? $"ทุกตัวชี้วัดของ{org} มีคะแนนไม่ต่ำกว่าเกณฑ์ผ่าน ({Mark(analysis.PassMark)} คะแนน) จึงควรรักษาระดับผลการดำเนินงานไว้"
                        : $"{org} มีตัวชี้วัดที่ได้คะแนนต่ำกว่าเกณฑ์ผ่าน ({Mark(analysis.PassMark)} คะแนน) จำนวน {Int(weak)} ตัวชี้วัด ซึ่งเป็นจุดอ่อนที่ต้องปรับปรุงและพัฒนา"
                )
                    + (
                        weakest is null
                            ? ""
                            : $" โดยตัวชี้วัดที่มีคะแนนต่ำที่สุด คือ ตัวชี้วัดที่ {Int(weakest.Indicator)} {weakest.Name} ได้ {Score(weakest.Score)} คะแนน"
                    )
                    + " ผลการวิเคราะห์รายตัวชี้วัด มีดังนี้"
            )
        );
        blocks.Add(
            new Table(
                [new(), new(1.9m, true), new()],
                [
                    [
                        ColumnHeading("ประเด็น|การ|วิเคราะห์"),
                        "คะแนน",
                        ColumnHeading("ประเด็น|ที่|ต้อง|ปรับปรุง/พัฒนา/รักษา|ระดับ"),
                    ],
                ],
                analysis
                    .Indicators.OrderBy(i => i.Indicator)
                    .Select(i =>
                        (IReadOnlyList<Cell>)
                            [
                                new Cell($"ตัวชี้วัดที่ {Int(i.Indicator)} {i.Name}"),
                                new Cell(Score(i.Score)),
                                new Cell(Lines(i).ToList()),
                            ]
                    )
                    .ToList()
            )
        );
    }

    /// <summary>
    /// The indicator's paragraph, which states its class and names its weakest items with their scores; analyses
    /// written before paragraphs existed get the class, the reason and the items line by line instead.
    /// </summary>
    private static IEnumerable<string> Lines(IndicatorResult indicator)
    {
        if (indicator.Narrative.Length > 0)
        {
            yield return indicator.Narrative;
            yield break;
        }
        yield return Class(indicator.Classification);
        if (indicator.Reason.Length > 0)
            yield return indicator.Reason;
        foreach (var item in indicator.WeakestItems)
            yield return $"ข้อ {item.Code} {item.Label} ได้ {Score(item.Score)} คะแนน";
    }

    private static string Class(FindingClass finding) =>
        finding switch
        {
            FindingClass.Urgent => "ข้อบกพร่องหรือจุดอ่อนที่ต้องแก้ไขโดยเร่งด่วน",
            FindingClass.Develop => "ประเด็นที่ต้องพัฒนาให้ดีขึ้น",
            _ => "รักษาระดับ",
        };

    private static void Measures(List<Block> blocks, AssessmentAnalysed analysis, ImprovementPlanDrafted plan)
    {
        var org = analysis.Organisation.Name;
        blocks.Add(
            Heading($"3. การนำผลการประเมิน ITA ไปสู่การพัฒนาองค์กร ประจำปีงบประมาณ {Year(plan.PlanFiscalYear)}")
        );
        blocks.Add(
            Body(
                $"จากผลการวิเคราะห์การประเมิน ITA ของ{org} ประจำปีงบประมาณ {Year(plan.AssessedFiscalYear)} "
                    + "นำไปสู่การกำหนดมาตรการ โครงการ หรือกิจกรรม ในการปรับปรุงหรือพัฒนาองค์กร หรือรักษาระดับคุณธรรมและความโปร่งใสของ"
                    + $"{org} ประจำปีงบประมาณ {Year(plan.PlanFiscalYear)} ดังต่อไปนี้"
            )
        );
        // The seed's "ผลการวิเคราะห์" (the indicator, then the finding) as one column: a column of its own for the
        // indicator's name would take an eighth of the portrait page's width for a few words.
        blocks.Add(
            new Table(
                [new(), new(), new(), new(), new()],
                [
                    [
                        ColumnHeading("มาตรการ โครงการ|หรือ|กิจกรรม"),
                        ColumnHeading("ผล|การ|วิเคราะห์: ตัวชี้วัด|และ|ประเด็น|ที่|ต้อง|ปรับปรุง/พัฒนา/รักษา|ระดับ"),
                        ColumnHeading("ขั้นตอน|หรือ|วิธี|การ|ปฏิบัติ"),
                        ColumnHeading("ระยะ|เวลา|ดำเนิน|การ"),
                        ColumnHeading("ผู้|รับผิดชอบ"),
                    ],
                ],
                plan.Measures.Count == 0
                    ?
                    [
                        [new Cell("ยังไม่มีมาตรการ", 5, centre: true)],
                    ]
                    : plan
                        .Measures.OrderBy(m => m.Order)
                        .Select(m =>
                            (IReadOnlyList<Cell>)
                                [
                                    new Cell($"{Int(m.Order)}. {m.Title}"),
                                    new Cell([$"ตัวชี้วัดที่ {Int(m.Indicator)} {m.IndicatorName}", m.Finding]),
                                    new Cell(m.Steps.Select((s, n) => $"{Int(n + 1)}) {s}").ToList()),
                                    new Cell(m.Period),
                                    new Cell(m.ResponsibleUnit),
                                ]
                        )
                        .ToList()
            )
        );
    }

    /// <summary>A pass mark as printed: "85" when whole, else with two decimals.</summary>
    private static string Mark(decimal value) => decimal.Truncate(value) == value ? Int((int)value) : Score(value);
}
