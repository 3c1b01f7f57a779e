using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class PlanDrafterCatalogueTests
{
    [Fact]
    public void Takes_the_analysis_recommended_catalogue_measures_in_their_order_with_steps_units_and_the_plan_year()
    {
        var analysis = AnalysisBuilder.WeakFlagsOnly().Build() with
        {
            RecommendedMeasures =
            [
                new RecommendedMeasure
                {
                    Id = "asset-borrowing-rules",
                    CatalogueVersion = 3,
                    Indicator = 4,
                    Title = "จัดทำคู่มือการยืมทรัพย์สินของราชการ",
                    Finding = "คะแนน 45.92 ต่ำกว่า 70 คะแนน",
                    Steps = ["แต่งตั้งผู้รับผิดชอบ", "ประกาศคู่มือ"],
                    ResponsibleUnits = ["สำนักปลัด", "กองคลัง"],
                    Period = "ตุลาคม – มีนาคม",
                    Evidence = "คำสั่งและคู่มือ",
                },
                new RecommendedMeasure
                {
                    Id = "complaint-channel",
                    CatalogueVersion = 3,
                    Indicator = 7,
                    Title = "เพิ่มช่องทางการสื่อสาร",
                    Finding = "คะแนน 84.01 ต่ำกว่า 85 คะแนน",
                    Steps = ["เปิดช่องทางออนไลน์"],
                    ResponsibleUnits = ["สำนักปลัด"],
                    Period = "ไตรมาสที่ ๑–๔",
                },
            ],
        };

        var measures = PlanDrafter.Propose(analysis);

        Assert.Equal(["asset-borrowing-rules", "complaint-channel"], measures.Select(m => m.CatalogueMeasureId));
        Assert.Equal([1, 2], measures.Select(m => m.Order));
        var first = measures[0];
        Assert.Equal("จัดทำคู่มือการยืมทรัพย์สินของราชการ", first.Title);
        Assert.Equal(["แต่งตั้งผู้รับผิดชอบ", "ประกาศคู่มือ"], first.Steps);
        Assert.Equal("สำนักปลัด, กองคลัง", first.ResponsibleUnit);
        Assert.Equal($"ตุลาคม – มีนาคม ปีงบประมาณ พ.ศ. {analysis.FiscalYear + 1}", first.Period);
        Assert.Equal("คะแนน 45.92 ต่ำกว่า 70 คะแนน", first.Finding);
        Assert.Equal("คำสั่งและคู่มือ", first.Evidence);
    }
}
