using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>The reminders' background service on a fake clock: a round at start-up, then one each scan interval.</summary>
public sealed class ReminderSchedulerTests : IDisposable
{
    private readonly Ita.Micro.Testing.TestDatabase<Infrastructure.MeasureTrackingDbContext> _database =
        ServiceRig.NewDatabase();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task The_scheduler_sends_at_start_up_and_again_when_its_interval_brings_the_next_offset()
    {
        // 06:00 in Thailand on 1 January 2026: the measure ends in 30 days.
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 6, 0, 0, TimeSpan.FromHours(7)));
        await using var rig = ServiceRig.Start(_database, clock);
        var plan = ServiceRig.Plan(2569, PlanStatus.Approved);
        ServiceRig.Measure(plan, new DateOnly(2026, 1, 31));
        await rig.SaveAsync(plan);
        using var scheduler = new ReminderScheduler(
            rig.Get<ReminderRunner>(),
            Options.Create(new ReminderOptions { ScanInterval = TimeSpan.FromHours(1) }),
            clock,
            NullLogger<ReminderScheduler>.Instance
        );

        await scheduler.StartAsync(CancellationToken.None);
        await WaitForAsync(rig, 1);
        // 23 days on: the timer's next tick finds the 7-day offset due.
        clock.Advance(TimeSpan.FromDays(23));
        await WaitForAsync(rig, 2);
        await scheduler.StopAsync(CancellationToken.None);

        Assert.Equal([30, 7], (await rig.PublishedAsync<DeadlineApproaching>()).Select(e => e.DaysBefore));
    }

    private static Task WaitForAsync(ServiceRig rig, int count) =>
        ServiceRig.UntilAsync(
            async () => (await rig.PublishedAsync<DeadlineApproaching>()).Count >= count,
            $"Fewer than {count} reminders"
        );
}
