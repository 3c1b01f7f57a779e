using System.Text.Json;
using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Ita.Micro.ServiceDefaults.Outbox;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class AssessmentAnalysedConsumerTests : IAsyncLifetime
{
    private static readonly string DraftedType = typeof(ImprovementPlanDrafted).AssemblyQualifiedName!;

    private ConsumerHarness<MeasureTrackingDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<MeasureTrackingDbContext>.StartAsync(
            o => new MeasureTrackingDbContext(o),
            x => x.AddInboxConsumer<AssessmentAnalysedConsumer, MeasureTrackingDbContext>(),
            (services, _) => services.AddSingleton<TimeProvider>(_clock)
        );

    private readonly TestClock _clock = TestClock.OnThaiDate(new DateOnly(2025, 11, 22));

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task An_analysis_with_weak_indicators_drafts_next_years_plan_and_queues_ImprovementPlanDrafted()
    {
        // Its recommended measures left out: they would choose other measures than the ones asserted here.
        var analysis = AnalysisBuilder.WeakFlagsOnly().WithItemDetail().Build() with { RecommendedMeasures = [] };

        var fault = await _harness.ConsumeAsync(analysis);

        Assert.Null(fault);
        var plan = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());
        Assert.Equal(("6630801", 2568, 2569), (plan.OrganisationCode, plan.AssessedFiscalYear, plan.PlanFiscalYear));
        Assert.Equal((analysis.AnalysisId, 1, PlanStatus.Draft), (plan.AnalysisId, plan.AnalysisRevision, plan.Status));
        Assert.Equal([4, 5, 10, 7, 8], plan.Measures.OrderBy(m => m.Order).Select(m => m.Indicators[0].Number));

        var outbox = Assert.Single(await _harness.QueryAsync(db => db.OutboxMessages.ToListAsync()));
        Assert.Equal(DraftedType, outbox.MessageType);
        var drafted = JsonSerializer.Deserialize<ImprovementPlanDrafted>(outbox.Body, JsonSerializerOptions.Web)!;
        Assert.Equal(
            (plan.Id, 2568, 2569, 1),
            (drafted.PlanId, drafted.AssessedFiscalYear, drafted.PlanFiscalYear, drafted.AnalysisRevision)
        );
        Assert.Equal([4, 5, 10, 7, 8], drafted.Measures.Select(m => m.Indicator));
        // The analysis travels with the plan, so the analysis document is made from this one message; without the
        // item detail the document does not print, which would make the plan several times larger.
        Assert.Equal(
            (analysis.AnalysisId, analysis.Total, analysis.Indicators.Count),
            (drafted.Analysis!.AnalysisId, drafted.Analysis.Total, drafted.Analysis.Indicators.Count)
        );
        Assert.NotEmpty(analysis.Items);
        Assert.Equal((0, 0), (drafted.Analysis.Items.Count, drafted.Analysis.ItemChanges.Count));
    }

    [Fact]
    public async Task An_analysis_without_indicators_drafts_no_plan()
    {
        var fault = await _harness.ConsumeAsync(AnalysisBuilder.WeakFlagsOnly().WithoutIndicators().Build());

        Assert.Null(fault);
        Assert.Equal(0, await _harness.QueryAsync(db => db.Plans.CountAsync()));
        Assert.Equal(0, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task A_newer_analysis_revision_replaces_the_drafts_measures()
    {
        await _harness.ConsumeAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        var newer = AnalysisBuilder
            .WeakFlagsOnly()
            .WithRevision(2)
            .WithAllIndicatorsAt(90m)
            .WithIndicator(7, 84.01m)
            .Build();

        var fault = await _harness.ConsumeAsync(newer);

        Assert.Null(fault);
        var plan = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());
        Assert.Equal((newer.AnalysisId, 2), (plan.AnalysisId, plan.AnalysisRevision));
        var measure = Assert.Single(plan.Measures);
        Assert.Equal((1, 7), (measure.Order, measure.Indicators[0].Number));
        Assert.Equal(1, await _harness.QueryAsync(db => db.Set<Measure>().CountAsync()));

        var outbox = await _harness.QueryAsync(db => db.OutboxMessages.OrderBy(m => m.Id).ToListAsync());
        Assert.Equal(2, outbox.Count);
        var drafted = JsonSerializer.Deserialize<ImprovementPlanDrafted>(outbox[^1].Body, JsonSerializerOptions.Web)!;
        Assert.Equal((plan.Id, 2, 1), (drafted.PlanId, drafted.AnalysisRevision, drafted.Measures.Count));
        Assert.Equal((newer.AnalysisId, 2), (drafted.Analysis!.AnalysisId, drafted.Analysis.Revision));
    }

    [Fact]
    public async Task An_older_analysis_revision_changes_nothing()
    {
        var newer = AnalysisBuilder
            .WeakFlagsOnly()
            .WithRevision(2)
            .WithAllIndicatorsAt(90m)
            .WithIndicator(7, 84.01m)
            .Build();
        await _harness.ConsumeAsync(newer);

        var fault = await _harness.ConsumeAsync(AnalysisBuilder.WeakFlagsOnly().WithRevision(1).Build());

        Assert.Null(fault);
        var plan = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());
        Assert.Equal((newer.AnalysisId, 2), (plan.AnalysisId, plan.AnalysisRevision));
        Assert.Equal([7], plan.Measures.Select(m => m.Indicators[0].Number));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }

    [Fact]
    public async Task The_same_message_delivered_twice_drafts_one_plan()
    {
        var analysis = AnalysisBuilder.WeakFlagsOnly().Build();
        var messageId = NewId.NextGuid();

        await _harness.ConsumeAsync(analysis, messageId);
        var again = await _harness.ConsumeAsync(analysis, messageId);

        Assert.Null(again);
        var plan = await _harness.QueryAsync(db => db.Plans.Include(p => p.Measures).SingleAsync());
        Assert.Equal(5, plan.Measures.Count);
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.InboxMessages.CountAsync()));
    }

    [Fact]
    public async Task Plans_of_other_organisations_are_drafted_apart()
    {
        await _harness.ConsumeAsync(AnalysisBuilder.WeakFlagsOnly().Build());
        await _harness.ConsumeAsync(
            AnalysisBuilder.WeakFlagsOnly().WithOrganisation(o => o with { Code = "5500101" }).Build()
        );

        Assert.Equal(
            ["5500101", "6630801"],
            await _harness.QueryAsync(db =>
                db.Plans.OrderBy(p => p.OrganisationCode).Select(p => p.OrganisationCode).ToListAsync()
            )
        );
        Assert.Equal(2, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
    }
}
