using Ita.Micro.ScoreIngestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;

internal sealed class AssessmentConfiguration : IEntityTypeConfiguration<Assessment>
{
    public void Configure(EntityTypeBuilder<Assessment> e)
    {
        e.HasKey(a => a.Id);
        e.Property(a => a.OrganisationCode).HasMaxLength(20);
        e.Property(a => a.OrganisationName).HasMaxLength(200);
        e.Property(a => a.OrganisationType).HasMaxLength(50);
        e.Property(a => a.Province).HasMaxLength(100);
        e.Property(a => a.District).HasMaxLength(100);
        e.Property(a => a.PublishedRating).HasMaxLength(50);
        e.Property(a => a.ContentHash).HasMaxLength(64);
        e.Property(a => a.Total).HasPrecision(5, 2);
        // The business key: a message about an old fact cannot make a second row.
        e.HasIndex(a => new
            {
                a.OrganisationCode,
                a.FiscalYear,
                a.Revision,
            })
            .IsUnique();
    }
}
