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
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeasureTrackingDbContext).Assembly);
        modelBuilder.AddOutboxTables();
    }
}
