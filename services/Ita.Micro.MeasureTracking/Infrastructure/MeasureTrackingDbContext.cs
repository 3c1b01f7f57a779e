using Ita.Micro.MeasureTracking.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.MeasureTracking.Infrastructure;

public sealed class MeasureTrackingDbContext(DbContextOptions<MeasureTrackingDbContext> options) : DbContext(options), IOutboxDbContext
{
    public DbSet<ImprovementPlan> Plans => Set<ImprovementPlan>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(MeasureTrackingDbContext).Assembly);
        modelBuilder.AddOutboxTables();
    }
}
