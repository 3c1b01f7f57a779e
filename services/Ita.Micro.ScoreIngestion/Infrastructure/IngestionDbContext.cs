using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.ScoreIngestion.Infrastructure;

public sealed class IngestionDbContext(DbContextOptions<IngestionDbContext> options)
    : DbContext(options),
        IOutboxDbContext
{
    public DbSet<Assessment> Assessments => Set<Assessment>();
    public DbSet<ScoreImport> Imports => Set<ScoreImport>();
    public DbSet<ImportIssue> Issues => Set<ImportIssue>();
    public DbSet<Organisation> Organisations => Set<Organisation>();
    public DbSet<CodeBookVersion> CodeBookVersions => Set<CodeBookVersion>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(IngestionDbContext).Assembly);
        modelBuilder.AddOutboxTables();
    }
}
