using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> e)
    {
        e.ToTable("AuditEntries");
        e.HasKey(a => a.Id);
        e.Property(a => a.OrganisationCode).HasMaxLength(20);
        e.Property(a => a.EntityType).HasMaxLength(20);
        e.Property(a => a.EntityId).HasMaxLength(50);
        e.Property(a => a.Action).HasMaxLength(20);
        e.Property(a => a.ChangedBy).HasMaxLength(200);
        e.Property(a => a.Changes).HasJsonConversion();
        e.HasIndex(a => new { a.PlanId, a.Id });
        e.HasIndex(a => new { a.OrganisationCode, a.Id });
    }
}
