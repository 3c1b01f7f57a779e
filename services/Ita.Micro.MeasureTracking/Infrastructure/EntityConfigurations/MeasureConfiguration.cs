using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class MeasureConfiguration : IEntityTypeConfiguration<Measure>
{
    public void Configure(EntityTypeBuilder<Measure> e)
    {
        e.ToTable("Measures");
        e.HasKey(m => m.Id);
        e.Property(m => m.Title).HasMaxLength(500);
        e.Property(m => m.Finding).HasMaxLength(2000);
        e.Property(m => m.Period).HasMaxLength(200);
        e.Property(m => m.FollowUp).HasMaxLength(2000);
        e.Property(m => m.Target).HasMaxLength(2000);
        e.Property(m => m.ProposalKey).HasMaxLength(100);
        e.Property(m => m.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(m => m.Version).IsConcurrencyToken();
        e.Property(m => m.Indicators).HasJsonConversion();
        e.Property(m => m.ItemConcepts).HasJsonConversion();
        e.Property(m => m.Steps).HasJsonConversion();
        e.Property(m => m.ResponsibleUnits).HasJsonConversion();
        e.HasMany(m => m.Progress).WithOne().HasForeignKey(p => p.MeasureId).OnDelete(DeleteBehavior.Cascade);
    }
}
