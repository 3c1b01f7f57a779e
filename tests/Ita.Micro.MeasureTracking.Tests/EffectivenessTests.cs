using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests;

/// <summary>The 2568 analysis drafts the 2569 plan; the 2569 analysis then tells whether its measures worked.</summary>
public sealed class EffectivenessTests : IAsyncLifetime
{
    private const string BorrowConcept = "oit-asset-borrow-proper";
    private readonly TestClock _clock = TestClock.OnThaiDate(new DateOnly(2026, 11, 20));
    private ConsumerHarness<MeasureTrackingDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<MeasureTrackingDbContext>.StartAsync(
            o => new MeasureTrackingDbContext(o),
            x => x.AddInboxConsumer<AssessmentAnalysedConsumer, MeasureTrackingDbContext>(),
            (services, _) => services.AddSingleton<TimeProvider>(_clock)
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    private static ItemResult Item(string code, string concept, int indicator, decimal score, FindingClass cls) =>
        new()
        {
            Code = code,
            Label = code,
            Concept = concept,
            Indicator = indicator,
            Score = score,
            Classification = cls,
            Reason = "",
        };

    private static AssessmentAnalysed Year2568() =>
        AnalysisBuilder.WeakFlagsOnly().Build() with
        {
            Items = [Item("O30", BorrowConcept, 4, 40m, FindingClass.Urgent)],
        };

    [Fact]
    public async Task The_next_years_analysis_says_for_each_measure_whether_its_indicators_and_items_went_up()
    {
        await _harness.ConsumeAsync(Year2568());
        var plan2569 = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());
        Assert.Equal([BorrowConcept], plan2569.Measures.Single(m => m.ProposalKey == "indicator-4").ItemConcepts);
        Assert.Contains(new UrgentFinding(4, "O30", BorrowConcept), plan2569.UrgentFindings);

        // 2569: 4 and its item up, 5 down, 10 unchanged, 7 up, 8 not scored in 2569.
        var year2569 = AnalysisBuilder.WeakFlagsOnly().ForYear(2569).Build() with
        {
            PreviousFiscalYear = 2568,
            Indicators = AnalysisBuilder
                .WeakFlagsOnly()
                .ForYear(2569)
                .WithIndicator(4, 81m)
                .WithIndicator(5, 79m)
                .WithIndicator(7, 90m)
                .Build()
                .Indicators.Where(i => i.Indicator != 8)
                .ToList(),
            IndicatorChanges =
            [
                new ScoreChange
                {
                    Key = "4",
                    Previous = 72.30m,
                    Current = 81m,
                    Change = 8.70m,
                },
                new ScoreChange
                {
                    Key = "5",
                    Previous = 80m,
                    Current = 79m,
                    Change = -1m,
                },
                new ScoreChange
                {
                    Key = "10",
                    Previous = 80m,
                    Current = 80m,
                    Change = 0m,
                },
                new ScoreChange
                {
                    Key = "7",
                    Previous = 84.01m,
                    Current = 90m,
                    Change = 5.99m,
                },
            ],
            Items = [Item("O31", BorrowConcept, 4, 100m, FindingClass.Maintain)],
            ItemChanges =
            [
                new ScoreChange
                {
                    Key = BorrowConcept,
                    Previous = 40m,
                    Current = 100m,
                    Change = 60m,
                },
            ],
        };
        Assert.Null(await _harness.ConsumeAsync(year2569));

        var followUp = await _harness.QueryAsync(db => db.FollowUps.SingleAsync());
        Assert.Equal((plan2569.Id, 2569, 1), (followUp.PlanId, followUp.FollowUpFiscalYear, followUp.AnalysisRevision));
        var byIndicator = followUp.Measures.ToDictionary(m =>
            plan2569.Measures.Single(x => x.Id == m.MeasureId).Indicators[0].Number
        );
        Assert.Equal(EffectivenessVerdict.Improved, byIndicator[4].Verdict);
        Assert.Equal(
            [(TargetKind.Indicator, "4", 72.30m, 81m, true), (TargetKind.Item, BorrowConcept, 40m, 100m, true)],
            byIndicator[4].Targets.Select(t => (t.Kind, t.Key, t.Before!.Value, t.After!.Value, t.WentUp!.Value))
        );
        Assert.Equal(EffectivenessVerdict.NotImproved, byIndicator[5].Verdict);
        Assert.Equal(EffectivenessVerdict.NotImproved, byIndicator[10].Verdict);
        Assert.Equal(EffectivenessVerdict.Improved, byIndicator[7].Verdict);
        Assert.Equal(EffectivenessVerdict.NotAssessed, byIndicator[8].Verdict);

        // The same analysis also drafted the 2570 plan.
        Assert.Equal(
            [2569, 2570],
            await _harness.QueryAsync(db =>
                db.Plans.OrderBy(p => p.PlanFiscalYear).Select(p => p.PlanFiscalYear).ToListAsync()
            )
        );
    }

    [Fact]
    public async Task Without_a_comparison_with_the_plans_year_the_plans_baseline_is_compared_with_the_new_scores()
    {
        await _harness.ConsumeAsync(Year2568());
        var plan2569 = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());

        // The analysis compares with another year (none of its changes apply): the baseline 72.30 of indicator 4 is used.
        var year2569 = AnalysisBuilder.WeakFlagsOnly().ForYear(2569).WithIndicator(4, 70m).Build() with
        {
            PreviousFiscalYear = 2566,
        };
        await _harness.ConsumeAsync(year2569);
        var first = await _harness.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync());
        var four = first.Measures.Single(m =>
            m.MeasureId == plan2569.Measures.Single(x => x.ProposalKey == "indicator-4").Id
        );
        Assert.Equal(
            (EffectivenessVerdict.NotImproved, 72.30m, 70m),
            (four.Verdict, four.Targets[0].Before!.Value, four.Targets[0].After!.Value)
        );

        // A corrected revision of 2569 replaces the follow-up; an older one would not.
        await _harness.ConsumeAsync(
            AnalysisBuilder.WeakFlagsOnly().ForYear(2569).WithRevision(2).WithIndicator(4, 75m).Build() with
            {
                PreviousFiscalYear = 2566,
            }
        );
        var second = await _harness.QueryAsync(db => db.FollowUps.AsNoTracking().SingleAsync());
        Assert.Equal(2, second.AnalysisRevision);
        Assert.Equal(EffectivenessVerdict.Improved, second.Measures.Single(m => m.MeasureId == four.MeasureId).Verdict);
    }
}
