using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.DocumentRendering.Infrastructure.EntityConfigurations;

internal sealed class AnalysisSnapshotConfiguration : IEntityTypeConfiguration<AnalysisSnapshot>
{
    public void Configure(EntityTypeBuilder<AnalysisSnapshot> e)
    {
        e.ToTable("Analyses");
        e.HasKey(a => a.Id);
        e.Property(a => a.OrganisationCode).HasMaxLength(20);
        e.HasIndex(a => new
            {
                a.OrganisationCode,
                a.FiscalYear,
                a.Revision,
            })
            .IsUnique();
    }
}
