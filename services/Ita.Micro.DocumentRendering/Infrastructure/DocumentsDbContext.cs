using Ita.Micro.DocumentRendering.Model;
using Ita.Micro.ServiceDefaults.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Ita.Micro.DocumentRendering.Infrastructure;

public sealed class DocumentsDbContext(DbContextOptions<DocumentsDbContext> options)
    : DbContext(options),
        IOutboxDbContext
{
    public DbSet<DocumentRecord> Documents => Set<DocumentRecord>();
    public DbSet<AnalysisSnapshot> Analyses => Set<AnalysisSnapshot>();
    public DbSet<OrganisationYear> OrganisationYears => Set<OrganisationYear>();
    public DbSet<RegisteredOrganisation> Organisations => Set<RegisteredOrganisation>();
    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();
    public DbSet<InboxMessage> InboxMessages => Set<InboxMessage>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(DocumentsDbContext).Assembly);
        modelBuilder.AddOutboxTables();
    }
}
