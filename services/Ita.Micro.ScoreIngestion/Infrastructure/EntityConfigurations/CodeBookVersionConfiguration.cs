using Ita.Micro.ScoreIngestion.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.ScoreIngestion.Infrastructure.EntityConfigurations;

internal sealed class CodeBookVersionConfiguration : IEntityTypeConfiguration<CodeBookVersion>
{
    public const int PublishedByMaxLength = 200;
    public const int NoteMaxLength = 1000;

    public void Configure(EntityTypeBuilder<CodeBookVersion> e)
    {
        e.ToTable("CodeBookVersions");
        e.HasKey(v => v.Id);
        e.Property(v => v.Hash).HasMaxLength(64);
        e.Property(v => v.PublishedBy).HasMaxLength(PublishedByMaxLength);
        e.Property(v => v.Note).HasMaxLength(NoteMaxLength);
        // SQLite gives DateTime back without a kind; the audit's times are UTC and must say so ("…Z") in the API.
        e.Property(v => v.PublishedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        // The business key: two administrators publishing at once cannot both get the same version.
        e.HasIndex(v => new { v.FiscalYear, v.Version }).IsUnique();
    }
}
