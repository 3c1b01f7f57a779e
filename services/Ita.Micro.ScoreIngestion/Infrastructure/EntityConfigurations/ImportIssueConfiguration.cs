using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;

internal sealed class ImportIssueConfiguration : IEntityTypeConfiguration<ImportIssue>
{
    public void Configure(EntityTypeBuilder<ImportIssue> e)
    {
        e.ToTable("ImportIssues");
        e.HasKey(i => i.Id);
        e.Property(i => i.Severity).HasConversion<string>().HasMaxLength(10);
        e.Property(i => i.Column).HasMaxLength(TextLimits.IssueColumn);
        e.Property(i => i.OrganisationCode).HasMaxLength(TextLimits.IssueOrganisationCode);
        e.Property(i => i.Message).HasMaxLength(TextLimits.IssueMessage);
        e.HasIndex(i => new { i.ImportId, i.Id });
    }
}
