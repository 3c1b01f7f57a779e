using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.MeasureTracking.Tests.TestData;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Tests.Evidence;

/// <summary>Checks recorded as history and state, with EvidenceLinkBroken and EvidenceLinkRecovered through the outbox.</summary>
public sealed class EvidenceCheckRunnerTests : IDisposable
{
    private readonly Ita.Micro.Testing.TestDatabase<Infrastructure.MeasureTrackingDbContext> _database =
        ServiceRig.NewDatabase();

    public void Dispose() => _database.Dispose();

    private static EvidenceEntry Entry(string url, DateTime due) =>
        new()
        {
            Id = Guid.NewGuid(),
            OrganisationCode = "6630801",
            Province = "ตาก",
            FiscalYear = 2569,
            ItemCode = "O11",
            Url = url,
            Title = "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
            AddedBy = "officer",
            AddedAtUtc = due,
            NextCheckAtUtc = due,
        };

    [Fact]
    public async Task A_link_that_stays_broken_raises_EvidenceLinkBroken_once_and_EvidenceLinkRecovered_when_it_answers_again()
    {
        var status = 200;
        var body = "ฉบับที่ ๑";
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/o11", () => status == 200 ? Results.Content(body, "text/html") : Results.StatusCode(status))
        );
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 3, 2));
        await using var rig = ServiceRig.Start(_database, clock, o =>
        {
            o.CheckInterval = TimeSpan.FromHours(24);
            o.RecheckFailingAfter = TimeSpan.FromHours(2);
        });
        var entry = Entry(site.Url("/o11"), clock.GetUtcNow().UtcDateTime);
        await rig.SaveAsync(entry);
        var runner = rig.Get<EvidenceCheckRunner>();
        async Task<EvidenceEntry> CheckAsync(TimeSpan later)
        {
            clock.Now += later;
            Assert.Equal(1, await runner.CheckDueAsync(CancellationToken.None));
            return await rig.QueryAsync(db => db.Evidence.AsNoTracking().SingleAsync());
        }

        var ok = await CheckAsync(TimeSpan.Zero);
        Assert.Equal((LinkState.Ok, 200), (ok.State, ok.LastStatusCode));
        Assert.Equal(clock.GetUtcNow().UtcDateTime.AddHours(24), ok.NextCheckAtUtc);
        // Not due before its interval: nothing is checked.
        clock.Now += TimeSpan.FromHours(23);
        Assert.Equal(0, await runner.CheckDueAsync(CancellationToken.None));

        status = 404;
        var failing = await CheckAsync(TimeSpan.FromHours(1));
        Assert.Equal((LinkState.Failing, 1), (failing.State, failing.FailedChecks));
        Assert.Empty(await rig.PublishedAsync<EvidenceLinkBroken>());
        var broken = await CheckAsync(TimeSpan.FromHours(2));
        var stillBroken = await CheckAsync(TimeSpan.FromHours(2));
        Assert.Equal((LinkState.Broken, 3), (stillBroken.State, stillBroken.FailedChecks));
        var raised = Assert.Single(await rig.PublishedAsync<EvidenceLinkBroken>());
        Assert.Equal(
            (entry.Id, "6630801", "ตาก", 2569, "O11", LinkFailure.HttpStatus, 404, 2),
            (
                raised.EvidenceId,
                raised.OrganisationCode,
                raised.Province,
                raised.FiscalYear,
                raised.ItemCode,
                raised.Failure,
                raised.StatusCode,
                raised.FailedChecks
            )
        );
        Assert.Equal(failing.FailingSinceUtc, raised.BrokenSinceUtc);
        Assert.Equal(broken.LastCheckedAtUtc, raised.DetectedAtUtc);

        status = 200;
        body = "ฉบับที่ ๒";
        var recovered = await CheckAsync(TimeSpan.FromHours(2));
        Assert.Equal((LinkState.Ok, 0, null), (recovered.State, recovered.FailedChecks, recovered.FailingSinceUtc));
        var back = Assert.Single(await rig.PublishedAsync<EvidenceLinkRecovered>());
        Assert.Equal(
            (entry.Id, 200, site.Url("/o11"), failing.FailingSinceUtc!.Value),
            (back.EvidenceId, back.StatusCode, back.FinalUrl, back.BrokenSinceUtc)
        );
        Assert.Equal(recovered.LastCheckedAtUtc, recovered.ContentChangedAtUtc);

        var history = await rig.QueryAsync(db => db.EvidenceChecks.AsNoTracking().OrderBy(c => c.Id).ToListAsync());
        Assert.Equal([true, false, false, false, true], history.Select(c => c.Ok));
        Assert.Equal([false, false, false, false, true], history.Select(c => c.ContentChanged));
        Assert.All(history.Where(c => !c.Ok), c =>
            Assert.Equal((LinkFailure.HttpStatus, 404), (c.Failure!.Value, c.StatusCode!.Value))
        );
    }

    [Fact]
    public async Task Two_instances_on_the_same_schedule_check_a_due_link_once()
    {
        await using var site = await LocalSite.StartAsync(app =>
            app.MapGet("/o1", () => Results.Content("ok", "text/html"))
        );
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 3, 2));
        await using var one = ServiceRig.Start(_database, clock);
        await using var two = ServiceRig.Start(_database, clock);
        await one.SaveAsync(Entry(site.Url("/o1"), clock.GetUtcNow().UtcDateTime));

        await Task.WhenAll(
            one.Get<EvidenceCheckRunner>().CheckDueAsync(CancellationToken.None),
            two.Get<EvidenceCheckRunner>().CheckDueAsync(CancellationToken.None)
        );

        Assert.Equal(1, await one.QueryAsync(db => db.EvidenceChecks.CountAsync()));
        Assert.Equal(1, site.Requests);
    }

    [Fact]
    public async Task A_link_edited_while_it_was_checked_keeps_the_edit_and_the_check_is_dropped()
    {
        var release = new TaskCompletionSource();
        var arrived = new TaskCompletionSource();
        await using var site = await LocalSite.StartAsync(app => app.MapGet("/o1", async () =>
            {
                arrived.TrySetResult();
                await release.Task;
                return Results.Content("ok", "text/html");
            }));
        var clock = TestClock.OnThaiDate(new DateOnly(2026, 3, 2));
        await using var rig = ServiceRig.Start(_database, clock);
        var entry = Entry(site.Url("/o1"), clock.GetUtcNow().UtcDateTime);
        await rig.SaveAsync(entry);

        var check = rig.Get<EvidenceCheckRunner>().CheckNowAsync(entry.Id, CancellationToken.None);
        await arrived.Task;
        await rig.QueryAsync(async db =>
        {
            var stored = await db.Evidence.SingleAsync();
            stored.Title = "ชื่อใหม่";
            stored.Version++;
            return await db.SaveChangesAsync();
        });
        release.SetResult();

        Assert.Null(await check);
        var now = await rig.QueryAsync(db => db.Evidence.AsNoTracking().SingleAsync());
        Assert.Equal(("ชื่อใหม่", LinkState.Unchecked), (now.Title, now.State));
        Assert.Equal(0, await rig.QueryAsync(db => db.EvidenceChecks.CountAsync()));
    }
}
