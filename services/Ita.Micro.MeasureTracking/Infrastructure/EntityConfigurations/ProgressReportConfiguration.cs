using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class ProgressReportConfiguration : IEntityTypeConfiguration<ProgressReport>
{
    public void Configure(EntityTypeBuilder<ProgressReport> e)
    {
        e.ToTable("ProgressReports");
        e.HasKey(r => r.Id);
        e.Property(r => r.Period).HasConversion<string>().HasMaxLength(20);
        e.Property(r => r.SubmittedBy).HasMaxLength(200);
        e.Property(r => r.Entries).HasJsonConversion();
        e.Property(r => r.Signatories).HasJsonConversion();
        e.Property(r => r.OriginatingUnit).HasMaxLength(200);
        e.Property(r => r.DocumentPrefix).HasMaxLength(50);
        e.Property(r => r.DocumentNumber).HasMaxLength(50);
        e.Property(r => r.CorrectionReason).HasMaxLength(1000);
        e.Property(r => r.SupersededByUser).HasMaxLength(200);
        e.Property(r => r.SupersededReason).HasMaxLength(1000);
        // One report per plan, period and revision: a second submission, or two corrections of the same report at once,
        // is refused, so each report stays as it was sent.
        e.HasIndex(r => new
            {
                r.PlanId,
                r.Period,
                r.Revision,
            })
            .IsUnique();
        e.HasOne<ImprovementPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
