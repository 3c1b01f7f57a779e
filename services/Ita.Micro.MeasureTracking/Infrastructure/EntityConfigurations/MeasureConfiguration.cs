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
        e.Property(m => m.IndicatorName).HasMaxLength(200);
        e.Property(m => m.Finding).HasMaxLength(1000);
        e.Property(m => m.ResponsibleUnit).HasMaxLength(200);
        e.Property(m => m.Period).HasMaxLength(200);
    }
}
