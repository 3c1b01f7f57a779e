using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ServiceDefaults.Tests.Infrastructure;

/// <summary>A service's DbContext in miniature: one entity beside the outbox and inbox tables. It has no migrations.</summary>
public sealed class WidgetsDbContext(DbContextOptions<WidgetsDbContext> options) : DbContext(options), IOutboxDbContext
{
    public DbSet<Widget> Widgets => Set<Widget>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Widget>(e =>
        {
            e.Property(w => w.Name).HasMaxLength(100);
            e.HasIndex(w => w.Name).IsUnique();
        });
        modelBuilder.AddOutboxTables();
    }
}
