using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class EvidenceEntryConfiguration : IEntityTypeConfiguration<EvidenceEntry>
{
    public void Configure(EntityTypeBuilder<EvidenceEntry> e)
    {
        e.ToTable("EvidenceLinks");
        e.HasKey(x => x.Id);
        e.Property(x => x.OrganisationCode).HasMaxLength(20);
        e.Property(x => x.Province).HasMaxLength(100);
        e.Property(x => x.ItemCode).HasMaxLength(20);
        e.Property(x => x.Url).HasMaxLength(2000);
        e.Property(x => x.Title).HasMaxLength(500);
        e.Property(x => x.Source).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.AddedBy).HasMaxLength(200);
        e.Property(x => x.State).HasConversion<string>().HasMaxLength(20);
        e.Property(x => x.LastFailure).HasConversion<string>().HasMaxLength(30);
        e.Property(x => x.LastDetail).HasMaxLength(1000);
        e.Property(x => x.FinalUrl).HasMaxLength(2000);
        e.Property(x => x.ContentType).HasMaxLength(200);
        e.Property(x => x.ContentHash).HasMaxLength(64);
        e.Property(x => x.Version).IsConcurrencyToken();
        // The registry of an organisation's year; the broken links of a year (oversight); the scheduler's next due.
        e.HasIndex(x => new
        {
            x.OrganisationCode,
            x.FiscalYear,
            x.ItemCode,
        });
        e.HasIndex(x => new { x.FiscalYear, x.State });
        e.HasIndex(x => x.NextCheckAtUtc);
        e.HasIndex(x => x.ProgressId);
    }
}
