using Ita.Micro.MeasureTracking.Services;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class PlanDrafterTests
{
    [Fact]
    public void Proposes_one_measure_per_weak_indicator_weakest_first()
    {
        var measures = PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().Build());

        // 72.30, then the tie at 80.00 by indicator number, then 84.01 and 84.53.
        Assert.Equal([4, 5, 10, 7, 8], measures.Select(m => m.Indicator));
        Assert.Equal([1, 2, 3, 4, 5], measures.Select(m => m.Order));
    }

    [Fact]
    public void Names_each_measure_after_its_indicator()
    {
        var measure = PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().Build())[0];

        Assert.Equal("การใช้ทรัพย์สินของราชการ", measure.IndicatorName);
        Assert.Contains("การใช้ทรัพย์สินของราชการ", measure.Title, StringComparison.Ordinal);
        Assert.Contains("ตัวชี้วัดที่ 4", measure.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(measure.ResponsibleUnit));
    }

    [Fact]
    public void States_the_finding_with_the_score_the_pass_mark_and_the_assessed_year()
    {
        var measure = PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().Build())[0];

        Assert.Contains("72.30", measure.Finding, StringComparison.Ordinal);
        Assert.Contains("85", measure.Finding, StringComparison.Ordinal);
        Assert.Contains("พ.ศ. 2568", measure.Finding, StringComparison.Ordinal);
    }

    [Fact]
    public void Runs_every_measure_through_the_plan_year_after_the_assessed_year()
    {
        var measures = PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().Build());

        Assert.All(measures, m =>
        {
            Assert.Contains("ปีงบประมาณ พ.ศ. 2569", m.Period, StringComparison.Ordinal);
            Assert.Contains("1 ตุลาคม 2568", m.Period, StringComparison.Ordinal);
            Assert.Contains("30 กันยายน 2569", m.Period, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(2566, "2567")]
    [InlineData(2567, "2568")]
    [InlineData(2569, "2570")]
    public void The_plan_year_follows_the_assessed_year(int assessed, string planYear)
    {
        var measure = PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().ForYear(assessed).Build())[0];

        Assert.Contains($"ปีงบประมาณ พ.ศ. {planYear}", measure.Period, StringComparison.Ordinal);
    }

    [Fact]
    public void Proposes_nothing_when_no_indicator_is_weak()
    {
        Assert.Empty(PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().WithAllIndicatorsAt(85.00m).Build()));
    }

    [Fact]
    public void Proposes_nothing_for_an_analysis_without_indicators()
    {
        Assert.Empty(PlanDrafter.Propose(AnalysisBuilder.WeakFlagsOnly().WithoutIndicators().Build()));
    }
}
