using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.DocumentRendering.Infrastructure.EntityConfigurations;

internal sealed class OrganisationYearConfiguration : IEntityTypeConfiguration<OrganisationYear>
{
    public void Configure(EntityTypeBuilder<OrganisationYear> e)
    {
        e.ToTable("OrganisationYears");
        e.HasKey(o => new { o.OrganisationCode, o.FiscalYear });
        e.Property(o => o.OrganisationCode).HasMaxLength(20);
        e.Property(o => o.Name).HasMaxLength(200);
        e.Property(o => o.Type).HasMaxLength(50);
        e.Property(o => o.Province).HasMaxLength(100);
        e.Property(o => o.Rating).HasMaxLength(50);
        e.Property(o => o.Total).HasPrecision(5, 2);
        e.Property(o => o.Plan).HasConversion<string>().HasMaxLength(20);
        // Summaries read one year, often one province.
        e.HasIndex(o => new { o.FiscalYear, o.Province });
    }
}
