using Ita.Micro.DocumentRendering.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.DocumentRendering.Infrastructure.EntityConfigurations;

internal sealed class DocumentRecordConfiguration : IEntityTypeConfiguration<DocumentRecord>
{
    public void Configure(EntityTypeBuilder<DocumentRecord> e)
    {
        e.ToTable("Documents");
        e.HasKey(d => d.Id);
        e.Property(d => d.Kind).HasConversion<string>().HasMaxLength(30);
        e.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        e.Property(d => d.OrganisationCode).HasMaxLength(20);
        e.Property(d => d.OrganisationName).HasMaxLength(200);
        e.Property(d => d.Province).HasMaxLength(100);
        e.Property(d => d.DataHash).HasMaxLength(64);
        e.Property(d => d.FileName).HasMaxLength(100);
        e.Property(d => d.Subject).HasMaxLength(120);
        // Not unique: documents made before versions existed all share the empty subject and version 1.
        e.HasIndex(d => new
        {
            d.Kind,
            d.Subject,
            d.Version,
        });
        // Rendering the same data again is free: it is the same document.
        e.HasIndex(d => new
            {
                d.Kind,
                d.OrganisationCode,
                d.FiscalYear,
                d.DataHash,
            })
            .IsUnique();
        // An organisation's documents page lists them newest first; without this a national year is scanned whole.
        e.HasIndex(d => new { d.OrganisationCode, d.CreatedAtUtc });
    }
}
