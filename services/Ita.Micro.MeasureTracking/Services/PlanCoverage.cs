using Ita.Micro.Contracts;
using Ita.Micro.MeasureTracking.Infrastructure;
using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Ita.Micro.MeasureTracking.Services;

/// <summary>
/// Keeps on each plan row how many urgent findings it has and how many a measure answers, so that oversight counts
/// them in SQL instead of reading every plan's findings and every measure's targets (tens of megabytes of JSON for a
/// national year). A save that adds or changes a plan, or adds, changes or removes a measure, recounts the plans it
/// touched in the same transaction, after locking their rows: two saves of one plan at once run one after the other,
/// so neither can leave a count that misses the other's change. A plan added by the save is counted from its tracked
/// measures instead: nothing else can save a plan that is not stored yet, so it needs neither the lock nor the recount
/// (on results day every plan is new).
/// </summary>
public static class PlanCoverage
{
    /// <summary>The urgent findings a measure still in the plan (not dropped) answers: by its indicator, or for an item by its concept.</summary>
    public static int Covered(IReadOnlyList<UrgentFinding> findings, IReadOnlyList<OversightMeasureFacts> measures) =>
        findings.Count(f => OversightCalculator.HasMeasure(f, measures));

    /// <summary>
    /// Counts the plans the pending changes add, from their tracked measures, and returns the stored plans whose counts
    /// the pending changes may move: those are recounted by <see cref="SaveAsync"/>.
    /// </summary>
    public static HashSet<Guid> CountAddedAndListTouched(ChangeTracker tracker)
    {
        // Each Entries call detects changes over everything tracked, and this runs on every save: once per type.
        var plans = tracker
            .Entries<ImprovementPlan>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified)
            .ToList();
        var measures = tracker
            .Entries<Measure>()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .ToList();
        var added = plans.Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
        var kept = measures
            .Where(e => e.State != EntityState.Deleted)
            .ToLookup(
                e => e.Entity.PlanId,
                e => Facts(e.Entity.Indicators, e.Entity.ItemConcepts, e.Entity.PeriodEnd, e.Entity.Status)
            );
        foreach (var plan in added)
        {
            plan.UrgentFindingCount = plan.UrgentFindings.Count;
            plan.UrgentFindingsCovered = Covered(plan.UrgentFindings, [.. kept[plan.Id]]);
        }
        var stored = plans
            .Where(e => e.State == EntityState.Modified)
            .Select(e => e.Entity.Id)
            .Concat(measures.Select(e => e.Entity.PlanId));
        return [.. stored.Except(added.Select(p => p.Id))];
    }

    /// <summary>
    /// Saves through <paramref name="save"/> and recounts <paramref name="plans"/> in one transaction: the caller's, or
    /// one of its own run by the execution strategy (which SQL Server's retry on failure requires of a transaction).
    /// </summary>
    public static async Task<int> SaveAsync(
        MeasureTrackingDbContext db,
        IReadOnlyCollection<Guid> plans,
        Func<bool, Task<int>> save,
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken
    )
    {
        if (db.Database.CurrentTransaction is not null)
            return await SaveAndRecountAsync(db, plans, () => save(acceptAllChangesOnSuccess), cancellationToken);
        var saved = await db
            .Database.CreateExecutionStrategy()
            .ExecuteAsync(
                async ct =>
                {
                    await using var transaction = await db.Database.BeginTransactionAsync(ct);
                    // Changes are accepted only once the transaction has committed, so a retried attempt saves them again.
                    var count = await SaveAndRecountAsync(db, plans, () => save(false), ct);
                    await transaction.CommitAsync(ct);
                    return count;
                },
                cancellationToken
            );
        if (acceptAllChangesOnSuccess)
            db.ChangeTracker.AcceptAllChanges();
        return saved;
    }

    /// <summary>Plans stored before the counts were kept (marked -1 by the migration that added them).</summary>
    public static async Task<int> CountUncountedAsync(MeasureTrackingDbContext db, CancellationToken cancellationToken)
    {
        var plans = await db
            .Plans.Where(p => p.UrgentFindingCount < 0)
            .Select(p => p.Id)
            .ToListAsync(cancellationToken);
        await RecountAsync(db, plans, cancellationToken);
        return plans.Count;
    }

    private static async Task<int> SaveAndRecountAsync(
        MeasureTrackingDbContext db,
        IReadOnlyCollection<Guid> plans,
        Func<Task<int>> save,
        CancellationToken cancellationToken
    )
    {
        // A write to the plans first: SQLite takes its one writer lock, SQL Server the rows' locks, until commit.
        await db
            .Plans.Where(p => plans.Contains(p.Id))
            .ExecuteUpdateAsync(
                u => u.SetProperty(p => p.UrgentFindingsCovered, p => p.UrgentFindingsCovered),
                cancellationToken
            );
        var saved = await save();
        await RecountAsync(db, plans, cancellationToken);
        return saved;
    }

    private static async Task RecountAsync(
        MeasureTrackingDbContext db,
        IReadOnlyCollection<Guid> plans,
        CancellationToken cancellationToken
    )
    {
        foreach (var chunk in plans.Chunk(500))
        {
            var findings = await db
                .Plans.AsNoTracking()
                .Where(p => chunk.Contains(p.Id))
                .Select(p => new { p.Id, p.UrgentFindings })
                .ToListAsync(cancellationToken);
            var measures = (
                await db
                    .Measures.AsNoTracking()
                    .Where(m => chunk.Contains(m.PlanId))
                    .Select(m => new
                    {
                        m.PlanId,
                        m.Indicators,
                        m.ItemConcepts,
                        m.PeriodEnd,
                        m.Status,
                    })
                    .ToListAsync(cancellationToken)
            ).ToLookup(m => m.PlanId, m => Facts(m.Indicators, m.ItemConcepts, m.PeriodEnd, m.Status));
            foreach (var plan in findings)
            {
                var (count, covered) = (
                    plan.UrgentFindings.Count,
                    Covered(plan.UrgentFindings, [.. measures[plan.Id]])
                );
                await db
                    .Plans.Where(p => p.Id == plan.Id)
                    .ExecuteUpdateAsync(
                        u =>
                            u.SetProperty(p => p.UrgentFindingCount, count)
                                .SetProperty(p => p.UrgentFindingsCovered, covered),
                        cancellationToken
                    );
            }
        }
    }

    private static OversightMeasureFacts Facts(
        List<IndicatorRef> indicators,
        List<string> itemConcepts,
        DateOnly periodEnd,
        MeasureStatus status
    ) => new([.. indicators.Select(i => i.Number)], itemConcepts, periodEnd, status);
}
