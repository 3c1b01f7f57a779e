using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Catalogue;

internal sealed class CatalogueEntryConfiguration : IEntityTypeConfiguration<CatalogueEntry>
{
    public const int ChangedByMaxLength = 200;
    public const int NoteMaxLength = 1000;

    public void Configure(EntityTypeBuilder<CatalogueEntry> e)
    {
        e.ToTable("CatalogueVersions");
        e.HasKey(v => v.Id);
        e.Property(v => v.ChangedBy).HasMaxLength(ChangedByMaxLength);
        e.Property(v => v.Note).HasMaxLength(NoteMaxLength);
        // SQLite gives DateTime back without a kind; the audit's times are UTC and must say so ("…Z") in the API.
        e.Property(v => v.ChangedAtUtc).HasConversion(v => v, v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
        // The business key: two administrators saving at once cannot both get the same version.
        e.HasIndex(v => v.Version).IsUnique();
    }
}
