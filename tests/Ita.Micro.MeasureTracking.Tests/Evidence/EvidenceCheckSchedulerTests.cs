using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>The link checks' background service on a fake clock: due links at start-up, again after their interval, at once when woken.</summary>
public sealed class EvidenceCheckSchedulerTests : IDisposable
{
    private readonly Ita.Micro.Testing.TestDatabase<Infrastructure.MeasureTrackingDbContext> _database =
        ServiceRig.NewDatabase();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Due_links_are_checked_at_start_up_again_when_their_interval_has_passed_and_at_once_when_an_officer_asks()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/{page}", (string page) => Results.Content(page, "text/html"))
        );
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));
        await using var rig = ServiceRig.Start(_database, clock, o =>
        {
            o.CheckInterval = TimeSpan.FromHours(24);
            o.ScanInterval = TimeSpan.FromMinutes(5);
        });
        var now = clock.GetUtcNow().UtcDateTime;
        EvidenceEntry Entry(string page, DateTime due) =>
            new()
            {
                Id = Guid.NewGuid(),
                OrganisationCode = "6630801",
                FiscalYear = 2569,
                ItemCode = "O1",
                Url = site.Url("/" + page),
                Title = page,
                AddedBy = "officer",
                AddedAtUtc = now,
                NextCheckAtUtc = due,
            };
        var due = Entry("due", now);
        var later = Entry("later", now.AddDays(30));
        await rig.SaveAsync(due, later);
        using var scheduler = new EvidenceCheckScheduler(
            rig.Get<EvidenceCheckRunner>(),
            rig.Get<IOptions<EvidenceOptions>>(),
            clock,
            NullLogger<EvidenceCheckScheduler>.Instance
        );

        await scheduler.StartAsync(CancellationToken.None);
        await ChecksAsync(rig, due.Id, 1);
        // A day on, the next scan finds the good link due again; the other is not due for a month (the sentinel's count stays 0).
        // The scan's timer may only be set after the clock moved (the first check still being saved on a busy machine),
        // so the clock is moved on by a scan interval while waiting: hours, never the month the other link waits.
        clock.Advance(TimeSpan.FromDays(1));
        await ServiceRig.UntilAsync(
            async () =>
            {
                if (await rig.QueryAsync(db => db.EvidenceChecks.CountAsync(c => c.EvidenceId == due.Id)) >= 2)
                    return true;
                clock.Advance(TimeSpan.FromMinutes(5));
                return false;
            },
            $"Fewer than 2 checks of {due.Id}"
        );
        Assert.Equal(0, await rig.QueryAsync(db => db.EvidenceChecks.CountAsync(c => c.EvidenceId == later.Id)));

        // Asked to check now: made due and woken, without waiting for the scan interval.
        await rig.QueryAsync(db =>
            db.Evidence.Where(e => e.Id == later.Id)
                .ExecuteUpdateAsync(u => u.SetProperty(e => e.NextCheckAtUtc, clock.GetUtcNow().UtcDateTime))
        );
        scheduler.Wake();
        await ChecksAsync(rig, later.Id, 1);
        await scheduler.StopAsync(CancellationToken.None);
    }

    private static Task ChecksAsync(ServiceRig rig, Guid evidenceId, int count) =>
        ServiceRig.UntilAsync(
            async () =>
                await rig.QueryAsync(db => db.EvidenceChecks.CountAsync(c => c.EvidenceId == evidenceId)) >= count,
            $"Fewer than {count} checks of {evidenceId}"
        );
}
