using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class CalendarRevisionConfiguration : IEntityTypeConfiguration<CalendarRevision>
{
    public void Configure(EntityTypeBuilder<CalendarRevision> e)
    {
        e.ToTable("AssessmentCalendars");
        // (year, version) as the key: two admins saving on the same version cannot both commit.
        e.HasKey(x => new { x.FiscalYear, x.Version });
        e.Property(x => x.Windows).HasJsonConversion();
        e.Property(x => x.Reason).HasMaxLength(1000);
        e.Property(x => x.ChangedBy).HasMaxLength(200);
    }
}
