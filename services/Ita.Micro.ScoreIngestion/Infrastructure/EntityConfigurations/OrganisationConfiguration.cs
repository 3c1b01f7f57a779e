using Ita.Micro.ScoreIngestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> e)
    {
        e.ToTable("Organisations");
        e.HasKey(o => o.Code);
        e.Property(o => o.Code).HasMaxLength(20);
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.Type).HasMaxLength(50);
        e.Property(o => o.Province).HasMaxLength(100);
        e.Property(o => o.District).HasMaxLength(100);
        e.HasIndex(o => new { o.Province, o.Type });
    }
}
