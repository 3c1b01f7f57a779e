using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class EvidenceCheckConfiguration : IEntityTypeConfiguration<EvidenceCheck>
{
    public void Configure(EntityTypeBuilder<EvidenceCheck> e)
    {
        e.ToTable("EvidenceLinkChecks");
        e.HasKey(x => x.Id);
        e.Property(x => x.Failure).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.FinalUrl).HasMaxLength(2000);
        e.Property(x => x.ContentType).HasMaxLength(200);
        e.Property(x => x.ContentHash).HasMaxLength(64);
        e.Property(x => x.Detail).HasMaxLength(1000);
        e.HasOne<EvidenceEntry>().WithMany().HasForeignKey(x => x.EvidenceId).OnDelete(DeleteBehavior.Cascade);
        e.HasIndex(x => new { x.EvidenceId, x.Id });
    }
}
