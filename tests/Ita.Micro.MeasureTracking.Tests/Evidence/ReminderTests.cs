using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>DeadlineApproaching: once per deadline and offset, across the fiscal-year boundary and across restarts.</summary>
public sealed class ReminderTests : IDisposable
{
    private readonly Ita.Micro.Testing.TestDatabase<Infrastructure.MeasureTrackingDbContext> _database =
        ServiceRig.NewDatabase();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task A_measure_ending_is_reminded_once_at_each_offset_as_its_day_comes()
    {
        var clock = TestClock.OnThaiDate(new DateOnly(2025, 12, 31));
        await using var rig = ServiceRig.Start(_database, clock);
        var plan = ServiceRig.Plan(2569, PlanStatus.Published);
        var measure = ServiceRig.Measure(plan, new DateOnly(2026, 1, 31));
        await rig.SaveAsync(plan);
        var runner = rig.Get<ReminderRunner>();

        var sent = new List<(DateOnly Day, int Count)>();
        foreach (
            var day in new[]
            {
                (2025, 12, 31),
                (2026, 1, 1),
                (2026, 1, 1),
                (2026, 1, 10),
                (2026, 1, 24),
                (2026, 1, 24),
                (2026, 1, 30),
                (2026, 1, 31),
            }
        )
        {
            clock.SetThaiDate(new DateOnly(day.Item1, day.Item2, day.Item3));
            sent.Add((new DateOnly(day.Item1, day.Item2, day.Item3), await runner.RunAsync(CancellationToken.None)));
        }

        Assert.Equal([0, 1, 0, 0, 1, 0, 1, 0], sent.Select(s => s.Count));
        var events = await rig.PublishedAsync<DeadlineApproaching>();
        Assert.Equal([30, 7, 1], events.Select(e => e.DaysBefore));
        Assert.Equal([30, 7, 1], events.Select(e => e.DaysLeft));
        Assert.All(events, e =>
        {
            Assert.Equal(DeadlineKind.MeasureEnding, e.Kind);
            Assert.Equal(new DateOnly(2026, 1, 31), e.DueOn);
            Assert.Equal(measure.Id, e.MeasureId);
            Assert.Equal(plan.Id, e.PlanId);
            Assert.Equal("6630801", e.OrganisationCode);
            Assert.Equal("ตาก", e.Province);
            Assert.Equal(2569, e.FiscalYear);
            Assert.Contains(measure.Title, e.Title, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task Measures_done_and_plans_still_in_draft_or_closed_are_not_reminded()
    {
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 1, 24));
        await using var rig = ServiceRig.Start(_database, clock);
        var published = ServiceRig.Plan(2569, PlanStatus.Published);
        ServiceRig.Measure(published, new DateOnly(2026, 1, 31), MeasureStatus.Done);
        ServiceRig.Measure(published, new DateOnly(2026, 1, 31), MeasureStatus.Dropped);
        var draft = ServiceRig.Plan(2569, PlanStatus.Draft, code: "6630802");
        ServiceRig.Measure(draft, new DateOnly(2026, 1, 31));
        var closed = ServiceRig.Plan(2569, PlanStatus.Closed, code: "6630803");
        ServiceRig.Measure(closed, new DateOnly(2026, 1, 31));
        // The sentinel: a measure that is due, so a run that sends nothing else is seen to have run.
        var sentinel = ServiceRig.Measure(published, new DateOnly(2026, 1, 31));
        await rig.SaveAsync(published, draft, closed);

        await rig.Get<ReminderRunner>().RunAsync(CancellationToken.None);

        var events = await rig.PublishedAsync<DeadlineApproaching>();
        Assert.Equal(sentinel.Id, Assert.Single(events).MeasureId);
    }

    [Fact]
    public async Task Deadlines_across_the_fiscal_year_boundary_are_reminded_on_both_sides_of_1_October()
    {
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 9, 28));
        await using var rig = ServiceRig.Start(_database, clock);
        var plan = ServiceRig.Plan(2569, PlanStatus.Published);
        // The six-month report is in; the twelve-month one (to 30 September 2026) is due 31 October 2026, in FY 2570.
        await rig.SaveAsync(
            plan,
            new ProgressReport
            {
                Id = Guid.NewGuid(),
                PlanId = plan.Id,
                Period = ReportPeriod.SixMonths,
                AsOf = new DateOnly(2026, 3, 31),
                SubmittedBy = "x",
                SubmittedAtUtc = DateTime.UtcNow,
            },
            new CalendarRevision
            {
                // Next year's registration opens in FY 2569's last days.
                FiscalYear = 2570,
                Version = 1,
                Reason = "ประกาศ ป.ป.ช.",
                ChangedBy = "admin",
                ChangedAtUtc = DateTime.UtcNow,
                Windows =
                [
                    new CalendarWindow(
                        CalendarWindowKind.Registration,
                        new DateOnly(2026, 10, 5),
                        new DateOnly(2026, 11, 15)
                    ),
                ],
            }
        );
        var runner = rig.Get<ReminderRunner>();

        Assert.Equal(1, await runner.RunAsync(CancellationToken.None));
        clock.SetThaiDate(new DateOnly(2026, 10, 1));
        Assert.Equal(1, await runner.RunAsync(CancellationToken.None));
        clock.SetThaiDate(new DateOnly(2026, 10, 4));
        Assert.Equal(1, await runner.RunAsync(CancellationToken.None));

        var events = await rig.PublishedAsync<DeadlineApproaching>();
        Assert.Collection(
            events,
            e =>
                Assert.Equal(
                    (DeadlineKind.CalendarWindowOpens, new DateOnly(2026, 10, 5), 7, 2570),
                    (e.Kind, e.DueOn, e.DaysBefore, e.FiscalYear)
                ),
            e =>
                Assert.Equal(
                    (DeadlineKind.TwelveMonthReportDue, new DateOnly(2026, 10, 31), 30, 2569, plan.Id),
                    (e.Kind, e.DueOn, e.DaysBefore, e.FiscalYear, e.PlanId!.Value)
                ),
            e => Assert.Equal((DeadlineKind.CalendarWindowOpens, 1, 1), (e.Kind, e.DaysBefore, e.DaysLeft))
        );
        Assert.Null(events[0].OrganisationCode);
    }

    [Fact]
    public async Task After_a_restart_nothing_is_sent_again_and_what_came_due_while_down_is_sent_once_at_the_nearest_offset()
    {
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 4, 1));
        var plan = ServiceRig.Plan(2569, PlanStatus.Published);
        await using (var first = ServiceRig.Start(_database, clock))
        {
            await first.SaveAsync(plan);
            // The six-month report is due 30 April: 29 days left, the 30-day reminder is due.
            Assert.Equal(1, await first.Get<ReminderRunner>().RunAsync(CancellationToken.None));
        }

        await using (var restarted = ServiceRig.Start(_database, clock))
            Assert.Equal(0, await restarted.Get<ReminderRunner>().RunAsync(CancellationToken.None));

        // Down from 2 to 29 April: the 7- and 1-day offsets both passed; only the nearest is sent.
        clock.SetThaiDate(new DateOnly(2026, 4, 29));
        await using var again = ServiceRig.Start(_database, clock);
        Assert.Equal(1, await again.Get<ReminderRunner>().RunAsync(CancellationToken.None));
        Assert.Equal(0, await again.Get<ReminderRunner>().RunAsync(CancellationToken.None));

        var events = await again.PublishedAsync<DeadlineApproaching>();
        Assert.Equal([(30, 29), (1, 1)], events.Select(e => (e.DaysBefore, e.DaysLeft)));
        var records = await again.QueryAsync(db =>
            db.SentReminders.AsNoTracking().OrderByDescending(r => r.DaysBefore).ToListAsync()
        );
        Assert.Equal([(30, true), (7, false), (1, true)], records.Select(r => (r.DaysBefore, r.Published)));
    }

    [Fact]
    public async Task Two_instances_running_at_once_send_each_reminder_once()
    {
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 1, 24));
        await using var one = ServiceRig.Start(_database, clock);
        await using var two = ServiceRig.Start(_database, clock);
        var plan = ServiceRig.Plan(2569, PlanStatus.Published);
        foreach (var day in Enumerable.Range(25, 5))
            ServiceRig.Measure(plan, new DateOnly(2026, 1, day));
        await one.SaveAsync(plan);

        var counts = await Task.WhenAll(
            one.Get<ReminderRunner>().RunAsync(CancellationToken.None),
            two.Get<ReminderRunner>().RunAsync(CancellationToken.None)
        );

        Assert.Equal(5, counts.Sum());
        var events = await one.PublishedAsync<DeadlineApproaching>();
        Assert.Equal(5, events.Select(e => e.DeadlineKey).Distinct().Count());
        Assert.Equal(5, events.Count);
    }

    [Fact]
    public async Task A_calendar_window_moved_by_a_correction_is_reminded_again_for_its_new_date()
    {
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 5, 24));
        await using var rig = ServiceRig.Start(_database, clock);
        CalendarRevision Version(int version, DateOnly closes) =>
            new()
            {
                FiscalYear = 2569,
                Version = version,
                Reason = "แก้ไข",
                ChangedBy = "admin",
                ChangedAtUtc = DateTime.UtcNow,
                Windows = [new CalendarWindow(CalendarWindowKind.OitSubmission, new DateOnly(2026, 2, 1), closes)],
            };
        await rig.SaveAsync(Version(1, new DateOnly(2026, 5, 31)));
        var runner = rig.Get<ReminderRunner>();
        Assert.Equal(1, await runner.RunAsync(CancellationToken.None));

        await rig.SaveAsync(Version(2, new DateOnly(2026, 6, 15)));
        Assert.Equal(1, await runner.RunAsync(CancellationToken.None));
        Assert.Equal(0, await runner.RunAsync(CancellationToken.None));

        var events = await rig.PublishedAsync<DeadlineApproaching>();
        Assert.Equal(
            [(new DateOnly(2026, 5, 31), 7), (new DateOnly(2026, 6, 15), 30)],
            events.Select(e => (e.DueOn, e.DaysBefore))
        );
        Assert.All(events, e => Assert.Equal(DeadlineKind.CalendarWindowCloses, e.Kind));
    }
}
