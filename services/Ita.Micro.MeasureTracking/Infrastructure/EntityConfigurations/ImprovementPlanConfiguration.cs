using Ita.Micro.MeasureTracking.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.MeasureTracking.Infrastructure.EntityConfigurations;

internal sealed class ImprovementPlanConfiguration : IEntityTypeConfiguration<ImprovementPlan>
{
    public void Configure(EntityTypeBuilder<ImprovementPlan> e)
    {
        e.ToTable("Plans");
        e.HasKey(p => p.Id);
        e.Property(p => p.OrganisationCode).HasMaxLength(20);
        e.Property(p => p.OrganisationName).HasMaxLength(200);
        e.Property(p => p.OrganisationType).HasMaxLength(100);
        e.Property(p => p.Province).HasMaxLength(100);
        e.Property(p => p.District).HasMaxLength(100);
        e.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(p => p.Version).IsConcurrencyToken();
        e.Property(p => p.ApproverName).HasMaxLength(200);
        e.Property(p => p.ApproverPosition).HasMaxLength(300);
        e.Property(p => p.ApproverActingFor).HasMaxLength(300);
        e.Property(p => p.ApprovedBy).HasMaxLength(200);
        e.Property(p => p.PublishedBy).HasMaxLength(200);
        e.Property(p => p.ClosedBy).HasMaxLength(200);
        e.Property(p => p.Baseline).HasJsonConversion();
        e.Property(p => p.UrgentFindings).HasJsonConversion();
        e.Property(p => p.DismissedProposals).HasJsonConversion();
        e.HasIndex(p => new { p.OrganisationCode, p.PlanFiscalYear }).IsUnique();
        e.HasIndex(p => new { p.Province, p.PlanFiscalYear });
        e.HasMany(p => p.Measures).WithOne().HasForeignKey(m => m.PlanId).OnDelete(DeleteBehavior.Cascade);
    }
}
