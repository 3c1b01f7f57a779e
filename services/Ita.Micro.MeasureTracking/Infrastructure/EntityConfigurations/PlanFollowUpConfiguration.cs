using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class PlanFollowUpConfiguration : IEntityTypeConfiguration<PlanFollowUp>
{
    public void Configure(EntityTypeBuilder<PlanFollowUp> e)
    {
        e.ToTable("PlanFollowUps");
        e.HasKey(f => f.PlanId);
        e.Property(f => f.Total).HasPrecision(6, 2);
        e.Property(f => f.PreviousTotal).HasPrecision(6, 2);
        e.Property(f => f.Measures).HasJsonConversion();
        e.HasOne<ImprovementPlan>().WithMany().HasForeignKey(f => f.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
