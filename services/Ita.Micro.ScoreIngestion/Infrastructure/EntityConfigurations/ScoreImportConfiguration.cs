using Ita.Micro.ScoreIngestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;

internal sealed class ScoreImportConfiguration : IEntityTypeConfiguration<ScoreImport>
{
    public void Configure(EntityTypeBuilder<ScoreImport> e)
    {
        e.ToTable("Imports");
        e.HasKey(i => i.Id);
        e.Property(i => i.Source).HasMaxLength(200);
        e.Property(i => i.Channel).HasMaxLength(20);
    }
}
