using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Raises <see cref="DeadlineApproaching"/> once per deadline and offset. An offset is due once its day has come
/// (days left ≤ offset); each due offset not yet in SentReminders is recorded there in the save that queues its event
/// in the outbox, so a restart neither repeats nor misses it, and a second replica's duplicate fails on the key. After
/// downtime that passed several offsets, only the nearest is sent; the others are recorded as covered by it.
/// </summary>
public sealed class ReminderRunner(
    IServiceScopeFactory scopes,
    IOptions<ReminderOptions> reminders,
    IOptions<MeasureTrackingOptions> tracking,
    TimeProvider time,
    ILogger<ReminderRunner> logger
)
{
    /// <summary>Sends what is due today; returns the number of events queued.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        var now = time.UtcNow();
        var today = ThaiClock.DateOf(now);
        var offsets = reminders.Value.Offsets;
        List<Deadline> deadlines;
        HashSet<string> sent;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
            deadlines = await DeadlineFinder.FindAsync(db, today, today.AddDays(offsets.Max()), tracking.Value, ct);
            sent = (
                await db.SentReminders.AsNoTracking().Where(r => r.DueOn >= today).Select(r => r.Key).ToListAsync(ct)
            ).ToHashSet(StringComparer.Ordinal);
        }

        var published = 0;
        foreach (var deadline in deadlines.OrderBy(d => d.DueOn).ThenBy(d => d.Key, StringComparer.Ordinal))
        {
            var daysLeft = deadline.DueOn.DayNumber - today.DayNumber;
            var due = offsets.Where(d => d >= daysLeft && !sent.Contains(KeyOf(deadline, d))).Order().ToList();
            if (due.Count == 0)
                continue;
            if (await SendAsync(deadline, due, daysLeft, now, ct))
                published++;
        }
        return published;
    }

    public static string KeyOf(Deadline deadline, int daysBefore) => $"{deadline.Key}|{daysBefore}";

    private async Task<bool> SendAsync(
        Deadline deadline,
        List<int> due,
        int daysLeft,
        DateTime now,
        CancellationToken ct
    )
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<MeasureTrackingDbContext>();
        var nearest = due[0];
        foreach (var offset in due)
            db.SentReminders.Add(
                new SentReminder
                {
                    Key = KeyOf(deadline, offset),
                    DeadlineKey = deadline.Key,
                    DaysBefore = offset,
                    DueOn = deadline.DueOn,
                    Published = offset == nearest,
                    SentAtUtc = now,
                }
            );
        db.Publish(
            new DeadlineApproaching
            {
                DeadlineKey = deadline.Key,
                Kind = deadline.Kind,
                Title = deadline.Title,
                DueOn = deadline.DueOn,
                DaysBefore = nearest,
                DaysLeft = daysLeft,
                FiscalYear = deadline.FiscalYear,
                OrganisationCode = deadline.OrganisationCode,
                Province = deadline.Province,
                PlanId = deadline.PlanId,
                MeasureId = deadline.MeasureId,
                RaisedAtUtc = now,
            }
        );
        try
        {
            await db.SaveChangesAsync(ct);
            logger.LogInformation(
                "Reminder {DeadlineKey} sent {DaysBefore} days before {DueOn}",
                deadline.Key,
                nearest,
                deadline.DueOn
            );
            return true;
        }
        catch (DbUpdateException)
        {
            // Another replica recorded it first (the key is unique): it sent the reminder, nothing is lost.
            logger.LogInformation(
                "Reminder {DeadlineKey} at {DaysBefore} days was sent by another instance",
                deadline.Key,
                nearest
            );
            return false;
        }
    }
}
