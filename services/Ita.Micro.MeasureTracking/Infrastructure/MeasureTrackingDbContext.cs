using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.MeasureTracking.Services;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Infrastructure;

public sealed class MeasureTrackingDbContext(DbContextOptions<MeasureTrackingDbContext> options)
    : DbContext(options),
        IOutboxDbContext
{
    public DbSet<ImprovementPlan> Plans => Set<ImprovementPlan>();
    public DbSet<Measure> Measures => Set<Measure>();
    public DbSet<ProgressUpdate> ProgressUpdates => Set<ProgressUpdate>();
    public DbSet<ProgressReport> Reports => Set<ProgressReport>();
    public DbSet<OrganisationUnitList> OrganisationUnits => Set<OrganisationUnitList>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<PlanFollowUp> FollowUps => Set<PlanFollowUp>();
    public DbSet<EvidenceEntry> Evidence => Set<EvidenceEntry>();
    public DbSet<EvidenceCheck> EvidenceChecks => Set<EvidenceCheck>();
    public DbSet<CalendarRevision> Calendars => Set<CalendarRevision>();
    public DbSet<SentReminder> SentReminders => Set<SentReminder>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeasureTrackingDbContext).Assembly);
        // Oversight counts a year's measures by plan, status and period end from this index alone (each row holds
        // kilobytes of Thai text); their targets no longer need reading, as each plan keeps its coverage counts.
        modelBuilder
            .Entity<Measure>()
            .HasIndex(m => new
            {
                m.PlanId,
                m.Status,
                m.PeriodEnd,
            });
        // Oversight groups a year's plans (of a province) by status and sums their coverage counts, and selects their
        // ids for the measures, reports and follow-ups: from the index alone, because each plan row carries its
        // baseline's JSON and SQLite would walk it to reach the columns after it. (SQL Server's key is the clustered id.)
        var plans = modelBuilder.Entity<ImprovementPlan>();
        if (Database.IsSqlServer())
            plans
                .HasIndex(p => new { p.PlanFiscalYear, p.Province })
                .IncludeProperties(p => new
                {
                    p.Status,
                    p.UrgentFindingCount,
                    p.UrgentFindingsCovered,
                });
        else
            plans.HasIndex(p => new
            {
                p.PlanFiscalYear,
                p.Province,
                p.Status,
                p.UrgentFindingCount,
                p.UrgentFindingsCovered,
                p.Id,
            });
        modelBuilder.AddOutboxTables();
    }

    /// <summary>Every save that adds or touches plans or measures keeps the plans' coverage counts (<see cref="PlanCoverage"/>).</summary>
    public override async Task<int> SaveChangesAsync(
        bool acceptAllChangesOnSuccess,
        CancellationToken cancellationToken = default
    )
    {
        var touched = PlanCoverage.CountAddedAndListTouched(ChangeTracker);
        return touched.Count == 0
            ? await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken)
            : await PlanCoverage.SaveAsync(
                this,
                touched,
                accept => base.SaveChangesAsync(accept, cancellationToken),
                acceptAllChangesOnSuccess,
                cancellationToken
            );
    }

    /// <summary>The service saves asynchronously only; a synchronous save would skip the coverage counts, so it is refused.</summary>
    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        PlanCoverage.CountAddedAndListTouched(ChangeTracker).Count == 0
            ? base.SaveChanges(acceptAllChangesOnSuccess)
            : throw new NotSupportedException(
                "Plans and measures are saved with SaveChangesAsync, which keeps their coverage counts."
            );
}
