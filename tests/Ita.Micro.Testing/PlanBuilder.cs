using Ita.Micro.Contracts;

namespace Ita.Micro.Testing;

/// <summary>
/// An <see cref="ImprovementPlanDrafted"/>: the plan for FY 2569 answering <see cref="AnalysisBuilder"/>'s seed
/// analysis, with measures like the seed document's when asked.
/// </summary>
/// <param name="organisation">
/// The seed organisation when null; a test project whose expected texts print the seed under another code gives it.
/// </param>
public sealed class PlanBuilder(OrganisationInfo? organisation = null)
{
    /// <summary>The seed plan's id, which the plan's later events (approved, published, reported) name.</summary>
    public static Guid SeedPlanId { get; } = Guid.Parse("0c9e1f65-2b8e-4f0f-9d7e-7f3b0d1e5a22");

    private OrganisationInfo _organisation = organisation ?? Organisations.MaeChan;
    private readonly List<ProposedMeasure> _measures = [];
    private AssessmentAnalysed? _analysis;

    public PlanBuilder WithOrganisation(OrganisationInfo organisation)
    {
        _organisation = organisation;
        return this;
    }

    /// <summary>
    /// The plan carries <paramref name="analysis"/> in the form measure tracking drafts it in (for the document);
    /// without, the earlier form.
    /// </summary>
    public PlanBuilder Carrying(AssessmentAnalysed analysis)
    {
        _analysis = analysis.ForDocument();
        return this;
    }

    public PlanBuilder WithSeedMeasures()
    {
        WithMeasure(
            "สร้างการรับรู้แนวปฏิบัติของหน่วยงานเกี่ยวกับการใช้ทรัพย์สินของราชการที่ถูกต้อง",
            4,
            "การใช้ทรัพย์สินของราชการ",
            "ข้อ i10 การขอยืมหรือขอใช้ทรัพย์สินของหน่วยงานอย่างถูกต้องตามขั้นตอน/แนวปฏิบัติ ได้ 45.92 คะแนน ต่ำที่สุด "
                + "เนื่องจากบุคลากรอาจนำทรัพย์สินของทางราชการไปใช้อย่างไม่ถูกขั้นตอน จึงต้องแต่งตั้งผู้รับผิดชอบดูแลทรัพย์สิน "
                + "จัดทำคู่มือการขออนุญาตใช้ทรัพย์สิน และประชุมกำชับเจ้าหน้าที่",
            "หัวหน้าสำนักปลัด และผู้อำนวยการกองทุกส่วนราชการ",
            "มกราคม – กันยายน 2569"
        );
        WithMeasure(
            "ส่งเสริมและป้องกันการแก้ไขปัญหาการทุจริต",
            5,
            "การแก้ไขปัญหาการทุจริต",
            "ตัวชี้วัดย่อยทั้ง 3 ข้ออยู่ระหว่าง 78 - 81 คะแนน ควรบันทึกลงนามสัตยาบรรณต่อต้านการทุจริต "
                + "เพิ่มช่องทางร้องเรียนถึงผู้บริหารโดยตรงทางเว็บไซต์ และลงโทษผู้กระทำการทุจริตอย่างจริงจัง",
            "สำนักปลัด",
            "มกราคม – กันยายน 2569"
        );
        WithMeasure(
            "ประชาสัมพันธ์ข้อมูลข่าวสารผ่านช่องทางที่หลากหลาย",
            7,
            "ประสิทธิภาพการสื่อสาร",
            "ข้อ e4 และ e5 ช่องทางเผยแพร่และการประชาสัมพันธ์ข้อมูลข่าวสาร ได้ 80.91 คะแนน "
                + "ควรปรับปรุงข้อมูลพื้นฐานบนเว็บไซต์ให้ครบถ้วนเป็นปัจจุบัน",
            "สำนักปลัด (งานประชาสัมพันธ์)",
            "ตลอดปีงบประมาณ พ.ศ. 2569"
        );
        WithMeasure(
            "จัดทำการประเมินความเสี่ยงการทุจริตเรื่องสินบน",
            10,
            "การป้องกันการทุจริต",
            "ข้อ O23 การประเมินความเสี่ยงการให้หรือรับสินบน ได้ 0 คะแนน ต้องประเมินความเสี่ยงใน 4 กระบวนงาน "
                + "กำหนดมาตรการ ผู้รับผิดชอบ และติดตามผลอย่างต่อเนื่อง",
            "สำนักปลัด และกองคลัง",
            "ตุลาคม – ธันวาคม 2568"
        );
        return this;
    }

    public PlanBuilder WithMeasure(
        string title,
        int indicator,
        string indicatorName,
        string finding,
        string responsibleUnit,
        string period
    )
    {
        _measures.Add(
            new ProposedMeasure
            {
                Order = _measures.Count + 1,
                Title = title,
                Indicator = indicator,
                IndicatorName = indicatorName,
                Finding = finding,
                ResponsibleUnit = responsibleUnit,
                Period = period,
            }
        );
        return this;
    }

    public ImprovementPlanDrafted Build() =>
        new()
        {
            PlanId = SeedPlanId,
            Organisation = _organisation,
            AssessedFiscalYear = 2568,
            PlanFiscalYear = 2569,
            AnalysisId = AnalysisBuilder.SeedAnalysisId,
            AnalysisRevision = 1,
            Measures = _measures.ToList(),
            DraftedAtUtc = new DateTime(2025, 11, 21, 3, 0, 0, DateTimeKind.Utc),
            Analysis = _analysis,
        };
}
