using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.DocumentRendering.Infrastructure.EntityConfigurations;

internal sealed class WaitingPlanConfiguration : IEntityTypeConfiguration<WaitingPlan>
{
    public void Configure(EntityTypeBuilder<WaitingPlan> e)
    {
        e.ToTable("WaitingPlans");
        e.HasKey(p => p.Id);
        e.Property(p => p.OrganisationCode).HasMaxLength(20);
        e.HasIndex(p => new
        {
            p.OrganisationCode,
            p.FiscalYear,
            p.AnalysisRevision,
        });
    }
}
