using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.DocumentRendering.Infrastructure.EntityConfigurations;

internal sealed class RegisteredOrganisationConfiguration : IEntityTypeConfiguration<RegisteredOrganisation>
{
    public void Configure(EntityTypeBuilder<RegisteredOrganisation> e)
    {
        e.ToTable("Organisations");
        e.HasKey(o => o.Code);
        e.Property(o => o.Code).HasMaxLength(20);
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.Type).HasMaxLength(50);
        e.Property(o => o.Province).HasMaxLength(100);
        e.Property(o => o.District).HasMaxLength(100);
    }
}
