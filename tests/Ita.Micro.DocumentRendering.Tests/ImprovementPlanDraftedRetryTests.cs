using Ita.Micro.Testing;
using System.Diagnostics;
using Ita.Micro.DocumentRendering.Consumers;
using Ita.Micro.DocumentRendering.Infrastructure;
using Ita.Micro.DocumentRendering.Tests.TestData;
using MassTransit;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Tests;

/// <summary>The plan consumer with its definition, as the service registers it: its retry waits for the analysis.</summary>
public sealed class ImprovementPlanDraftedRetryTests : IAsyncLifetime
{
    private ConsumerHarness<DocumentsDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<DocumentsDbContext>.StartAsync(o => new DocumentsDbContext(o), x =>
        {
            x.AddConsumer<AssessmentAnalysedConsumer>();
            x.AddConsumer<ImprovementPlanDraftedConsumer, ImprovementPlanDraftedConsumerDefinition>();
        });

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_plan_that_arrives_just_before_its_analysis_is_recorded_once_by_the_retry_that_finds_the_analysis()
    {
        var started = Stopwatch.GetTimestamp();
        var plan = _harness.ConsumeAsync(new PlanBuilder().WithSeedMeasures().Build());
        await Task.Delay(150);
        Assert.Null(await _harness.ConsumeAsync(new AnalysisBuilder().Build()));

        var fault = await plan;

        Assert.Null(fault);
        // Handled by a retry (the first is 500 ms after the failed attempt), which ran on a fresh DbContext: the failed
        // attempt's inbox row was never saved, and the retry recorded it once.
        Assert.True(Stopwatch.GetElapsedTime(started) >= TimeSpan.FromMilliseconds(450), "The plan was not retried");
        Assert.Equal(1, await _harness.QueryAsync(db => db.Documents.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.OutboxMessages.CountAsync()));
        Assert.Equal(1, await _harness.QueryAsync(db => db.InboxMessages.CountAsync(m => m.Consumer == nameof(ImprovementPlanDraftedConsumer))));
    }
}
