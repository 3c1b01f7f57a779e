using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class OrganisationUnitListConfiguration : IEntityTypeConfiguration<OrganisationUnitList>
{
    public void Configure(EntityTypeBuilder<OrganisationUnitList> e)
    {
        e.ToTable("OrganisationUnits");
        e.HasKey(u => u.OrganisationCode);
        e.Property(u => u.OrganisationCode).HasMaxLength(20);
        e.Property(u => u.Version).IsConcurrencyToken();
        e.Property(u => u.Units).HasJsonConversion();
        e.Property(u => u.DocumentPrefix).HasMaxLength(50);
    }
}
