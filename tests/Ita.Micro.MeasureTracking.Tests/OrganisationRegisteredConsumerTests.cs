using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Consumers;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ita.Micro.MeasureTracking.Tests;

public sealed class OrganisationRegisteredConsumerTests : IAsyncLifetime
{
    private readonly TestClock _clock = TestClock.OnThaiDate(new DateOnly(2025, 11, 22));
    private ConsumerHarness<MeasureTrackingDbContext> _harness = null!;

    public async Task InitializeAsync() =>
        _harness = await ConsumerHarness<MeasureTrackingDbContext>.StartAsync(
            o => new MeasureTrackingDbContext(o),
            x =>
            {
                x.AddInboxConsumer<AssessmentAnalysedConsumer, MeasureTrackingDbContext>();
                x.AddConsumer<OrganisationRegisteredConsumer>();
            },
            (services, _) => services.AddSingleton<TimeProvider>(_clock)
        );

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Fact]
    public async Task A_renamed_and_moved_organisation_s_plans_take_its_new_name_type_and_place_and_a_repeat_changes_nothing()
    {
        var analysis = AnalysisBuilder.WeakFlagsOnly().Build();
        await _harness.ConsumeAsync(analysis);
        var renamed = analysis.Organisation with
        {
            Name = "เทศบาลเมืองแม่จัน",
            Type = "เทศบาลเมือง",
            Province = "เชียงราย",
            District = "แม่จัน",
        };

        var fault = await _harness.ConsumeAsync(
            new OrganisationRegistered { Organisation = renamed, RegisteredAtUtc = DateTime.UtcNow }
        );
        await _harness.ConsumeAsync(
            new OrganisationRegistered { Organisation = renamed, RegisteredAtUtc = DateTime.UtcNow }
        );

        Assert.Null(fault);
        var plan = await _harness.QueryAsync(db => db.Plans.SingleAsync());
        Assert.Equal(
            ("เทศบาลเมืองแม่จัน", "เทศบาลเมือง", "เชียงราย", "แม่จัน"),
            (plan.OrganisationName, plan.OrganisationType, plan.Province, plan.District)
        );
    }
}
