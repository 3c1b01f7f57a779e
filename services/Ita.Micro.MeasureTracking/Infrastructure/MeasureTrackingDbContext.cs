using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Infrastructure;

public sealed class MeasureTrackingDbContext(DbContextOptions<MeasureTrackingDbContext> options) : DbContext(options), IOutboxDbContext
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
        // Oversight reads five columns of a year's ~50,000 measures: covered by an index, it does not read the rows
        // (kilobytes of Thai text each). SQL Server cannot key an index on nvarchar(max), so there the JSON columns
        // are included rather than keyed; SQLite has no included columns.
        var measures = modelBuilder.Entity<Measure>();
        if (Database.IsSqlServer())
            measures.HasIndex(m => new { m.PlanId, m.Status, m.PeriodEnd }).IncludeProperties(m => new { m.Indicators, m.ItemConcepts });
        else
            measures.HasIndex(m => new { m.PlanId, m.Status, m.PeriodEnd, m.Indicators, m.ItemConcepts });
        modelBuilder.AddOutboxTables();
    }
}
