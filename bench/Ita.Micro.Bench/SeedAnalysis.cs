using Ita.Micro.Contracts;
using Ita.Micro.Testing;

namespace Ita.Micro.Bench;

/// <summary>
/// A realistic analysis and plan for the document benchmarks: the figures of seed 002 (เทศบาลตำบลแม่จัน, อุ้มผาง,
/// ตาก; FY 2568, 85.71 "ผ่าน", 4.46 below FY 2567's 90.17), with weakest items, narratives and four measures, so the
/// report has as many tables and paragraphs as the seed document. Richer than the tests' <see cref="AnalysisBuilder"/>
/// on purpose (narratives, eight weakest items, steps), so the benchmark's pages stay those of earlier measurements.
/// </summary>
public static class SeedAnalysis
{
    private static readonly OrganisationInfo MaeChan = new()
    {
        Code = "5630501",
        Name = "เทศบาลตำบลแม่จัน",
        Type = "เทศบาลตำบล",
        Province = "ตาก",
        District = "อุ้มผาง",
    };

    private static readonly (int Number, string Name, string Tool, decimal Score, decimal Previous)[] Indicators =
    [
        (1, "การปฏิบัติหน้าที่", "IIT", 87.79m, 91.20m),
        (2, "การใช้งบประมาณ", "IIT", 87.70m, 90.05m),
        (3, "การใช้อำนาจ", "IIT", 97.18m, 95.40m),
        (4, "การใช้ทรัพย์สินของราชการ", "IIT", 72.30m, 86.12m),
        (5, "การแก้ไขปัญหาการทุจริต", "IIT", 80.00m, 88.76m),
        (6, "คุณภาพการดำเนินงาน", "EIT", 88.64m, 90.33m),
        (7, "ประสิทธิภาพการสื่อสาร", "EIT", 84.01m, 89.10m),
        (8, "การปรับปรุงระบบการทำงาน", "EIT", 84.53m, 88.02m),
        (9, "การเปิดเผยข้อมูล", "OIT", 92.50m, 95.83m),
        (10, "การป้องกันการทุจริต", "OIT", 80.00m, 87.50m),
    ];

    private static readonly (string Code, int Indicator, string Label, decimal Score)[] WeakItems =
    [
        ("i10", 4, "การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอน/แนวปฏิบัติ", 45.92m),
        ("i11", 4, "การรับรู้แนวปฏิบัติของหน่วยงานเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง", 68.37m),
        ("i13", 5, "ความพยายามของผู้บริหารในการป้องกันการทุจริต", 78.06m),
        ("i14", 5, "การแก้ไขปัญหาการทุจริตอย่างจริงจัง", 79.59m),
        ("e4", 7, "ช่องทางการเผยแพร่ข้อมูลข่าวสารของหน่วยงาน", 80.91m),
        ("e5", 7, "การประชาสัมพันธ์ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย", 80.91m),
        ("e10", 8, "การนำเทคโนโลยีมาใช้ในการดำเนินงานให้เกิดความโปร่งใส", 82.50m),
        ("o23", 10, "การประเมินความเสี่ยงการให้หรือรับสินบน", 0m),
    ];

    public static AssessmentAnalysed Analysis()
    {
        var indicators = Indicators
            .Select(i =>
            {
                var weak = i.Score < 85m;
                var items = WeakItems
                    .Where(w => w.Indicator == i.Number)
                    .Select(w => Item(w.Code, w.Indicator, w.Label, w.Score))
                    .ToList();
                return new IndicatorResult
                {
                    Indicator = i.Number,
                    Name = i.Name,
                    Tool = i.Tool,
                    Score = i.Score,
                    Weak = weak,
                    Classification =
                        i.Score < 80m ? FindingClass.Urgent
                        : weak ? FindingClass.Develop
                        : FindingClass.Maintain,
                    Reason = weak ? "ต่ำกว่าเกณฑ์ผ่าน ๘๕ คะแนน" : "ผ่านเกณฑ์",
                    WeakestItems = items,
                    Narrative =
                        $"ตัวชี้วัดที่ {i.Number} {i.Name} ได้ {i.Score:0.00} คะแนน "
                        + (
                            weak
                                ? "ต่ำกว่าเกณฑ์ผ่าน จึงต้องพัฒนาโดยสร้างการรับรู้แนวปฏิบัติแก่บุคลากร กำหนดผู้รับผิดชอบ และติดตามผลอย่างต่อเนื่อง"
                                : "อยู่ในระดับที่ดี ควรรักษามาตรฐานการดำเนินงานและเผยแพร่ข้อมูลอย่างต่อเนื่อง"
                        ),
                };
            })
            .ToList();

        return new AssessmentAnalysed
        {
            AnalysisId = AnalysisBuilder.SeedAnalysisId,
            Organisation = MaeChan,
            FiscalYear = 2568,
            Revision = 1,
            Total = 85.71m,
            Rating = "ผ่าน",
            Passed = true,
            PassMark = 85m,
            Tools =
            [
                new() { Tool = "IIT", Score = 84.99m },
                new() { Tool = "EIT", Score = 85.71m },
                new() { Tool = "OIT", Score = 86.25m },
            ],
            Indicators = indicators,
            WeakestIndicator = 4,
            PreviousYearTotal = 90.17m,
            ChangeFromPreviousYear = -4.46m,
            PreviousFiscalYear = 2567,
            Items = WeakItems.Select(w => Item(w.Code, w.Indicator, w.Label, w.Score)).ToList(),
            IndicatorChanges = Indicators
                .Select(i => new ScoreChange
                {
                    Key = i.Number.ToString(System.Globalization.CultureInfo.InvariantCulture),
                    Previous = i.Previous,
                    Current = i.Score,
                    Change = i.Score - i.Previous,
                })
                .ToList(),
            AnalysedAtUtc = new DateTime(2025, 11, 20, 3, 0, 0, DateTimeKind.Utc),
        };
    }

    public static ImprovementPlanDrafted Plan() =>
        new()
        {
            PlanId = PlanBuilder.SeedPlanId,
            Organisation = MaeChan,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            AnalysisId = AnalysisBuilder.SeedAnalysisId,
            AnalysisRevision = 1,
            Measures =
            [
                Measure(
                    1,
                    "สร้างการรับรู้แนวปฏิบัติของหน่วยงานเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง",
                    4,
                    "การใช้ทรัพย์สินของราชการ",
                    "ข้อ i10 การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอน/แนวปฏิบัติ ได้ 45.92 คะแนน ต่ำที่สุด "
                        + "เนื่องจากบุคลากรอาจนำทรัพย์สินของทางราชการไปใช้อย่างไม่ถูกขั้นตอน",
                    "หัวหน้าสำนักปลัด และผู้อำนวยการกองทุกส่วนราชการ",
                    "มกราคม – กันยายน 2569",
                    [
                        "แต่งตั้งผู้รับผิดชอบดูแลทรัพย์สิน",
                        "จัดทำคู่มือการขออนุญาตใช้ทรัพย์สิน",
                        "ประชุมกำชับเจ้าหน้าที่",
                    ]
                ),
                Measure(
                    2,
                    "ส่งเสริมและป้องกันการแก้ไขปัญหาการทุจริต",
                    5,
                    "การแก้ไขปัญหาการทุจริต",
                    "ตัวชี้วัดย่อยทั้ง 3 ข้ออยู่ระหว่าง 78 - 81 คะแนน",
                    "สำนักปลัด",
                    "มกราคม – กันยายน 2569",
                    [
                        "บันทึกลงนามสัตยาบรรณต่อต้านการทุจริต",
                        "เพิ่มช่องทางร้องเรียนถึงผู้บริหารโดยตรงทางเว็บไซต์",
                        "ลงโทษผู้กระทำการทุจริตอย่างจริงจัง",
                    ]
                ),
                Measure(
                    3,
                    "ประชาสัมพันธ์ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย",
                    7,
                    "ประสิทธิภาพการสื่อสาร",
                    "ข้อ e4 และ e5 ช่องทางเผยแพร่และการประชาสัมพันธ์ข้อมูลข่าวสาร ได้ 80.91 คะแนน",
                    "สำนักปลัด (งานประชาสัมพันธ์)",
                    "ตลอดปีงบประมาณ พ.ศ. 2569",
                    ["ปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ให้ครบถ้วนเป็นปัจจุบัน", "เผยแพร่ผ่านเฟซบุ๊กและไลน์ของหน่วยงาน"]
                ),
                Measure(
                    4,
                    "จัดทำการประเมินความเสี่ยงการทุจริตเรื่องสินบน",
                    10,
                    "การป้องกันการทุจริต",
                    "ข้อ O23 การประเมินความเสี่ยงการให้หรือรับสินบน ได้ 0 คะแนน",
                    "สำนักปลัด และกองคลัง",
                    "ตุลาคม – ธันวาคม 2568",
                    ["ประเมินความเสี่ยงใน 4 กระบวนงาน", "กำหนดมาตรการและผู้รับผิดชอบ", "ติดตามผลอย่างต่อเนื่อง"]
                ),
            ],
            DraftedAtUtc = new DateTime(2025, 11, 21, 3, 0, 0, DateTimeKind.Utc),
        };

    private static ItemResult Item(string code, int indicator, string label, decimal score) =>
        new()
        {
            Code = code,
            Label = label,
            Indicator = indicator,
            Score = score,
            Classification = score < 80m ? FindingClass.Urgent : FindingClass.Develop,
            Reason = score < 80m ? "ต่ำกว่า ๘๐ คะแนน ต้องแก้ไขเร่งด่วน" : "ต่ำกว่าเกณฑ์ผ่าน ควรพัฒนา",
        };

    private static ProposedMeasure Measure(
        int order,
        string title,
        int indicator,
        string indicatorName,
        string finding,
        string unit,
        string period,
        IReadOnlyList<string> steps
    ) =>
        new()
        {
            Order = order,
            Title = title,
            Indicator = indicator,
            IndicatorName = indicatorName,
            Finding = finding,
            ResponsibleUnit = unit,
            Period = period,
            Steps = steps,
        };
}
