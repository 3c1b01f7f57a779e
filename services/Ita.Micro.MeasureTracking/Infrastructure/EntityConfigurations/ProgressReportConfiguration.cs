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
        // One report per plan and period: a second submission is refused, so the first stays as it was sent.
        e.HasIndex(r => new { r.PlanId, r.Period }).IsUnique();
        e.HasOne<ImprovementPlan>().WithMany().HasForeignKey(r => r.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
