using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class ProgressUpdateConfiguration : IEntityTypeConfiguration<ProgressUpdate>
{
    public void Configure(EntityTypeBuilder<ProgressUpdate> e)
    {
        e.ToTable("ProgressUpdates");
        e.HasKey(p => p.Id);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Output).HasMaxLength(4000);
        e.Property(p => p.Outcome).HasMaxLength(4000);
        e.Property(p => p.DroppedReason).HasMaxLength(2000);
        e.Property(p => p.ReportedBy).HasMaxLength(200);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.Property(p => p.Evidence).HasJsonConversion();
        e.HasIndex(p => new { p.MeasureId, p.ReportedOn });
    }
}
