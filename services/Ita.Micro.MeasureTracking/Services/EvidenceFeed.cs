using Ita.Micro.Contracts.CodeBooks;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Keeps the evidence registry in step with a progress update's evidence links, in the update's own save: each link
/// is registered for every OIT item of the plan's year whose concept the measure names (or for no item when it names
/// none, so it is still checked). A link the update still holds keeps its check history; one it dropped goes.
/// </summary>
public static class EvidenceFeed
{
    public static async Task SyncAsync(
        MeasureTrackingDbContext db,
        ICodeBooks books,
        ImprovementPlan plan,
        Measure measure,
        ProgressUpdate update,
        DateTime now,
        CancellationToken ct
    )
    {
        var items = OitItems.ForConcepts(books, plan.PlanFiscalYear, measure.ItemConcepts);
        var wanted = update
            .Evidence.SelectMany(link =>
                (items.Count == 0 ? [null] : items.Select(code => (string?)code)).Select(code =>
                    (Code: code, Link: link)
                )
            )
            .DistinctBy(w => (w.Code, w.Link.Url))
            .ToList();
        var existing = await db.Evidence.Where(e => e.ProgressId == update.Id).ToListAsync(ct);

        foreach (var stale in existing.Where(e => !wanted.Any(w => w.Code == e.ItemCode && w.Link.Url == e.Url)))
            db.Evidence.Remove(stale);
        foreach (var (code, link) in wanted)
        {
            if (existing.FirstOrDefault(e => e.ItemCode == code && e.Url == link.Url) is { } kept)
            {
                kept.Title = link.Title;
                kept.PublishedOn = link.PublishedOn;
                continue;
            }
            db.Evidence.Add(
                new EvidenceEntry
                {
                    Id = Guid.NewGuid(),
                    OrganisationCode = plan.OrganisationCode,
                    Province = plan.Province,
                    FiscalYear = plan.PlanFiscalYear,
                    ItemCode = code,
                    Url = link.Url,
                    Title = link.Title,
                    PublishedOn = link.PublishedOn,
                    Source = EvidenceSource.Progress,
                    PlanId = plan.Id,
                    MeasureId = measure.Id,
                    ProgressId = update.Id,
                    AddedBy = update.ReportedBy,
                    AddedAtUtc = now,
                    // Checked at the scheduler's next round.
                    NextCheckAtUtc = now,
                }
            );
        }
    }
}
