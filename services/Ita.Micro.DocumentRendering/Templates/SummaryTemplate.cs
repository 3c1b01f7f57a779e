using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.DocumentRendering.Layout;
using Ita.Micro.DocumentRendering.Model;
using static Ita.Micro.DocumentRendering.Templates.Parts;

namespace Ita.Micro.DocumentRendering.Templates;

/// <summary>
/// The national or provincial summary for overseers (no seed): distribution of ratings, the weakest indicators on
/// average, and how far plans and reports have come; a provincial summary lists its organisations, a national one
/// its provinces.
/// </summary>
public static class SummaryTemplate
{
    /// <param name="book">The code book of the data's year, whose rating scheme orders the levels; null if none.</param>
    public static Doc Build(SummaryData data, CodeBook? book)
    {
        ArgumentNullException.ThrowIfNull(data);
        var scope = data.Province is { } province
            ? "จังหวัด" + province.Replace("จังหวัด", "", StringComparison.Ordinal)
            : "ทั่วประเทศ";
        var title = $"สรุปผลการประเมิน ITA และการดำเนินการตามมาตรการ ขององค์กรปกครองส่วนท้องถิ่น{scope}";
        var rows = data.Organisations;
        var assessed = rows.Where(r => r.Total is not null).ToList();
        var blocks = new List<Block>
        {
            new Para(title, ParaStyle.Title),
            new Para(
                $"ผลการประเมินประจำปีงบประมาณ {Year(data.FiscalYear)} และมาตรการประจำปีงบประมาณ {Year(data.FiscalYear + 1)}",
                ParaStyle.Centre
            ),
        };
        if (data.IssuingOffice is { } office)
            blocks.Add(new Para(office, ParaStyle.Centre));
        if (data.DataAsOf is { } asOf)
            blocks.Add(new Para($"ข้อมูล ณ วันที่ {Date(asOf)}", ParaStyle.Centre));
        blocks.AddRange([
            Heading("1. ภาพรวม"),
            Body(
                $"องค์กรปกครองส่วนท้องถิ่น{scope}ที่มีข้อมูล {Int(rows.Count)} แห่ง มีผลการประเมิน {Int(assessed.Count)} แห่ง"
                    + (
                        assessed.Count > 0
                            ? $" คะแนนเฉลี่ย {Score(assessed.Average(r => r.Total!.Value))} คะแนน ผ่านเกณฑ์ {Int(assessed.Count(r => r.Passed == true))} แห่ง"
                            : ""
                    )
            ),
        ]);
        Ratings(blocks, assessed, book);
        Weakest(blocks, assessed);
        Progress(blocks, rows);
        if (data.Province is null)
            Provinces(blocks, rows);
        else
            Organisations(blocks, rows);
        return new Doc(title, blocks);
    }

    private static void Ratings(List<Block> blocks, List<SummaryRow> assessed, CodeBook? book)
    {
        blocks.Add(Heading("2. การกระจายของระดับผลการประเมิน"));
        var counts = assessed
            .GroupBy(r => RatingWords.Group(r.Rating, r.Total))
            .ToDictionary(g => g.Key, g => g.Count());
        // The levels of the year's own rating scheme, best first, then any other label held (undetermined last).
        var scheme = book?.Rating.Bands.Select(b => b.Label).ToList() ?? [];
        var ratings = scheme
            .Concat(
                counts
                    .Keys.Where(k => !scheme.Contains(k))
                    .OrderBy(k => k == RatingWords.UndeterminedGroup)
                    .ThenBy(k => k, StringComparer.Ordinal)
            )
            .ToList();
        var total = Math.Max(1, assessed.Count);
        blocks.Add(
            new Chart(
                "จำนวนหน่วยงานตามระดับผลการประเมิน",
                ratings
                    .Select(r => new ChartBar(
                        r == RatingWords.UndeterminedGroup ? r : "ระดับ " + r,
                        counts.GetValueOrDefault(r),
                        $"{Int(counts.GetValueOrDefault(r))} แห่ง"
                    ))
                    .ToList(),
                Math.Max(1, counts.Values.DefaultIfEmpty(0).Max())
            )
        );
        blocks.Add(
            new Table(
                [new(0), new(4m, true), new(4m, true)],
                [
                    ["ระดับผลการประเมิน", "จำนวน (แห่ง)", "ร้อยละ"],
                ],
                ratings
                    .Select(r =>
                        (IReadOnlyList<Cell>)
                            [
                                new Cell(r),
                                new Cell(Int(counts.GetValueOrDefault(r))),
                                new Cell(Score(100m * counts.GetValueOrDefault(r) / total)),
                            ]
                    )
                    .ToList()
            )
        );
    }

    private static void Weakest(List<Block> blocks, List<SummaryRow> assessed)
    {
        blocks.Add(Heading("3. ตัวชี้วัดที่มีคะแนนเฉลี่ยต่ำที่สุด"));
        var indicators = assessed
            .SelectMany(r => r.Indicators)
            .GroupBy(i => i.Number)
            .Select(g => (Number: g.Key, g.First().Name, Average: g.Average(i => i.Score), Count: g.Count()))
            .OrderBy(i => i.Average)
            .ThenBy(i => i.Number)
            .ToList();
        if (indicators.Count == 0)
        {
            blocks.Add(Body("ยังไม่มีคะแนนรายตัวชี้วัด"));
            return;
        }
        blocks.Add(
            new Chart(
                "คะแนนเฉลี่ยรายตัวชี้วัด (จากต่ำไปสูง)",
                indicators
                    .Select(i => new ChartBar($"ตัวชี้วัดที่ {Int(i.Number)}", i.Average, Score(i.Average)))
                    .ToList(),
                100m
            )
        );
        blocks.Add(
            new Table(
                [new(1.4m, true), new(0), new(3m, true), new(3m, true)],
                [
                    ["ลำดับ", "ตัวชี้วัด", "คะแนนเฉลี่ย", "จำนวนหน่วยงาน"],
                ],
                indicators
                    .Select(
                        (i, n) =>
                            (IReadOnlyList<Cell>)
                                [
                                    new Cell(Int(n + 1)),
                                    new Cell($"ตัวชี้วัดที่ {Int(i.Number)} {i.Name}"),
                                    new Cell(Score(i.Average)),
                                    new Cell(Int(i.Count)),
                                ]
                    )
                    .ToList()
            )
        );
    }

    private static void Progress(List<Block> blocks, IReadOnlyList<SummaryRow> rows)
    {
        blocks.Add(Heading("4. สถานะแผนและรายงานผลการดำเนินการ"));
        (string, int)[] lines =
        [
            ("ยังไม่มีแผน", rows.Count(r => r.Plan == PlanStage.None)),
            ("จัดทำร่างแผนแล้ว", rows.Count(r => r.Plan == PlanStage.Drafted)),
            ("แผนได้รับอนุมัติแล้ว", rows.Count(r => r.Plan == PlanStage.Approved)),
            ("ประกาศมาตรการแล้ว", rows.Count(r => r.Plan == PlanStage.Published)),
            ("ส่งรายงานรอบ 6 เดือนแล้ว", rows.Count(r => r.SixMonthReport)),
            ("ส่งรายงานรอบ 12 เดือนแล้ว", rows.Count(r => r.TwelveMonthReport)),
        ];
        blocks.Add(
            new Table(
                [new(0), new(4m, true)],
                [
                    ["สถานะ", "จำนวน (แห่ง)"],
                ],
                lines.Select(l => (IReadOnlyList<Cell>)[new Cell(l.Item1), new Cell(Int(l.Item2))]).ToList()
            )
        );
    }

    private static void Provinces(List<Block> blocks, IReadOnlyList<SummaryRow> rows)
    {
        blocks.Add(Heading("5. รายจังหวัด"));
        blocks.Add(
            new Table(
                [new(0), new(1.8m, true), new(2.2m, true), new(2.4m, true), new(2.2m, true), new(2.2m, true)],
                [
                    ["จังหวัด", "จำนวน", "คะแนนเฉลี่ย", "ผ่านเกณฑ์", "ประกาศมาตรการ", "รายงาน 12 เดือน"],
                ],
                rows.GroupBy(r => r.Province)
                    .OrderBy(g => g.Key, StringComparer.Ordinal)
                    .Select(g =>
                    {
                        var scored = g.Where(r => r.Total is not null).ToList();
                        return (IReadOnlyList<Cell>)
                            [
                                new Cell(g.Key),
                                new Cell(Int(g.Count())),
                                new Cell(scored.Count > 0 ? Score(scored.Average(r => r.Total!.Value)) : "-"),
                                new Cell(Int(scored.Count(r => r.Passed == true))),
                                new Cell(Int(g.Count(r => r.Plan == PlanStage.Published))),
                                new Cell(Int(g.Count(r => r.TwelveMonthReport))),
                            ];
                    })
                    .ToList()
            )
        );
    }

    private static void Organisations(List<Block> blocks, IReadOnlyList<SummaryRow> rows)
    {
        blocks.Add(Heading("5. รายหน่วยงาน"));
        blocks.Add(
            new Table(
                [new(0), new(2m, true), new(1.6m, true), new(2.8m, true), new(1.6m, true), new(1.6m, true)],
                [
                    ["หน่วยงาน", "คะแนน", "ระดับ", "แผน", "6 เดือน", "12 เดือน"],
                ],
                rows.OrderBy(r => r.Name, StringComparer.Ordinal)
                    .Select(r =>
                        (IReadOnlyList<Cell>)
                            [
                                new Cell(r.Name),
                                new Cell(r.Total is { } t ? Score(t) : "-"),
                                new Cell(
                                    r is { Total: { } total, Passed: { } passed }
                                        ? RatingWords.Rating(r.Rating, passed, total)
                                        : "-"
                                ),
                                new Cell(
                                    r.Plan switch
                                    {
                                        PlanStage.Published => "ประกาศแล้ว",
                                        PlanStage.Approved => "อนุมัติแล้ว",
                                        PlanStage.Drafted => "ร่าง",
                                        _ => "ยังไม่มี",
                                    }
                                ),
                                new Cell(r.SixMonthReport ? "ส่งแล้ว" : "-"),
                                new Cell(r.TwelveMonthReport ? "ส่งแล้ว" : "-"),
                            ]
                    )
                    .ToList()
            )
        );
    }
}
