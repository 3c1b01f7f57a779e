using Ita.Micro.Analysis.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Infrastructure.EntityConfigurations;

internal sealed class AnalysisRecordConfiguration : IEntityTypeConfiguration<AnalysisRecord>
{
    public void Configure(EntityTypeBuilder<AnalysisRecord> e)
    {
        e.ToTable("Analyses");
        e.HasKey(a => a.Id);
        e.Property(a => a.OrganisationCode).HasMaxLength(20);
        e.Property(a => a.OrganisationName).HasMaxLength(200);
        e.Property(a => a.Province).HasMaxLength(100);
        e.Property(a => a.District).HasMaxLength(100);
        e.Property(a => a.OrganisationType).HasMaxLength(50);
        e.Property(a => a.Rating).HasMaxLength(50);
        e.Property(a => a.PublishedRating).HasMaxLength(50);
        e.Property(a => a.ComputedRating).HasMaxLength(50);
        e.Property(a => a.RatingSource).HasConversion<string>().HasMaxLength(20);
        e.Property(a => a.Total).HasPrecision(5, 2);
        e.HasIndex(a => new
            {
                a.OrganisationCode,
                a.FiscalYear,
                a.Revision,
            })
            .IsUnique();
        e.HasIndex(a => new { a.FiscalYear, a.Province });
    }
}
