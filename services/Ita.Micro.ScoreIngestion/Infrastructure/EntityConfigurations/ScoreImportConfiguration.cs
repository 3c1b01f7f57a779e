using Ita.Micro.ScoreIngestion.Model;
using Ita.Micro.ScoreIngestion.Services;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;

internal sealed class ScoreImportConfiguration : IEntityTypeConfiguration<ScoreImport>
{
    public void Configure(EntityTypeBuilder<ScoreImport> e)
    {
        e.ToTable("Imports");
        e.HasKey(i => i.Id);
        e.Property(i => i.Source).HasMaxLength(TextLimits.Source);
        e.Property(i => i.SubmittedBy).HasMaxLength(TextLimits.Source);
        e.Property(i => i.Channel).HasMaxLength(20);
        e.Property(i => i.Format).HasMaxLength(10);
        e.Property(i => i.FileName).HasMaxLength(TextLimits.FileName);
        e.Property(i => i.StoredFile).HasMaxLength(100);
        e.Property(i => i.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(i => i.Mode).HasConversion<string>().HasMaxLength(10).HasDefaultValue(ImportMode.Update);
        e.Property(i => i.FailureMessage).HasMaxLength(TextLimits.FailureMessage);
        e.Property(i => i.TraceParent).HasMaxLength(100);
        e.HasIndex(i => new { i.Status, i.ReceivedAtUtc });
    }
}
