using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Outbox;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Records a check of an evidence link in the caller's next save: the history row, the link's state, when it is
/// checked next, and through the outbox <see cref="EvidenceLinkBroken"/> the moment it has failed the configured number
/// of checks in a row (once per broken spell) and <see cref="EvidenceLinkRecovered"/> when a broken one answers again.
/// </summary>
public static class EvidenceCheckRecorder
{
    public static EvidenceCheck Record(
        MeasureTrackingDbContext db,
        EvidenceEntry entry,
        LinkCheckResult result,
        DateTime now,
        EvidenceOptions options
    )
    {
        var changed = result.Ok && entry.ContentHash is not null && result.ContentHash != entry.ContentHash;
        var check = new EvidenceCheck
        {
            EvidenceId = entry.Id,
            CheckedAtUtc = now,
            Ok = result.Ok,
            Failure = result.Failure,
            StatusCode = result.StatusCode,
            FinalUrl = Cut(result.FinalUrl, 2000),
            ContentType = Cut(result.ContentType, 200),
            SizeBytes = result.SizeBytes,
            Truncated = result.Truncated,
            ContentHash = result.ContentHash,
            ContentChanged = changed,
            Redirects = result.Redirects,
            DurationMs = (int)Math.Min(int.MaxValue, result.Duration.TotalMilliseconds),
            Detail = Cut(result.Detail, 1000),
        };
        db.EvidenceChecks.Add(check);

        entry.LastCheckedAtUtc = now;
        entry.LastStatusCode = result.StatusCode;
        entry.LastFailure = result.Failure;
        entry.LastDetail = check.Detail;
        entry.FinalUrl = check.FinalUrl;
        if (result.Ok)
        {
            if (entry.State == LinkState.Broken)
                db.Publish(Recovered(entry, result, now));
            if (changed)
                entry.ContentChangedAtUtc = now;
            entry.ContentHash = result.ContentHash;
            entry.ContentType = check.ContentType;
            entry.State = LinkState.Ok;
            entry.FailedChecks = 0;
            entry.FailingSinceUtc = null;
            entry.NextCheckAtUtc = now + options.CheckInterval;
            return check;
        }

        entry.FailedChecks++;
        entry.FailingSinceUtc ??= now;
        if (entry.State != LinkState.Broken && entry.FailedChecks >= options.BrokenAfterFailures)
        {
            entry.State = LinkState.Broken;
            db.Publish(Broken(entry, result, now));
        }
        else if (entry.State != LinkState.Broken)
        {
            entry.State = LinkState.Failing;
        }
        entry.NextCheckAtUtc = now + options.RecheckFailingAfter;
        return check;
    }

    private static EvidenceLinkBroken Broken(EvidenceEntry e, LinkCheckResult result, DateTime now) =>
        new()
        {
            EvidenceId = e.Id,
            OrganisationCode = e.OrganisationCode,
            Province = e.Province,
            FiscalYear = e.FiscalYear,
            ItemCode = e.ItemCode,
            Url = e.Url,
            Title = e.Title,
            Failure = result.Failure!.Value,
            StatusCode = result.StatusCode,
            Detail = result.Detail,
            FailedChecks = e.FailedChecks,
            BrokenSinceUtc = e.FailingSinceUtc ?? now,
            DetectedAtUtc = now,
        };

    private static EvidenceLinkRecovered Recovered(EvidenceEntry e, LinkCheckResult result, DateTime now) =>
        new()
        {
            EvidenceId = e.Id,
            OrganisationCode = e.OrganisationCode,
            Province = e.Province,
            FiscalYear = e.FiscalYear,
            ItemCode = e.ItemCode,
            Url = e.Url,
            Title = e.Title,
            StatusCode = result.StatusCode ?? 200,
            FinalUrl = result.FinalUrl ?? e.Url,
            BrokenSinceUtc = e.FailingSinceUtc ?? now,
            RecoveredAtUtc = now,
        };

    private static string? Cut(string? text, int max) => text is null || text.Length <= max ? text : text[..max];
}
