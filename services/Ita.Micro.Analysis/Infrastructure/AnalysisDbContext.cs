using Ita.Micro.Analysis.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.Analysis.Infrastructure;

public sealed class AnalysisDbContext(DbContextOptions<AnalysisDbContext> options)
    : DbContext(options),
        IOutboxDbContext
{
    public DbSet<AnalysisRecord> Analyses => Set<AnalysisRecord>();
    public DbSet<Catalogue.CatalogueEntry> CatalogueVersions => Set<Catalogue.CatalogueEntry>();
    public DbSet<Peers.PeerScore> PeerScores => Set<Peers.PeerScore>();
    public DbSet<Peers.PeerAggregate> PeerAggregates => Set<Peers.PeerAggregate>();
    public DbSet<Peers.PeerPartScore> PeerPartScores => Set<Peers.PeerPartScore>();
    public DbSet<Peers.PeerPartAggregate> PeerPartAggregates => Set<Peers.PeerPartAggregate>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AnalysisDbContext).Assembly);
        modelBuilder.AddOutboxTables();
    }
}
