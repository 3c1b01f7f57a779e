using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Peers;

internal sealed class PeerScoreConfiguration : IEntityTypeConfiguration<PeerScore>
{
    public void Configure(EntityTypeBuilder<PeerScore> e)
    {
        e.ToTable("PeerScores");
        // Year first: every read and every update is within one fiscal year; the national rank query scans its prefix.
        e.HasKey(s => new { s.FiscalYear, s.OrganisationCode });
        e.Property(s => s.OrganisationCode).HasMaxLength(20);
        e.Property(s => s.Province).HasMaxLength(100);
        e.Property(s => s.OrganisationType).HasMaxLength(50);
        e.Property(s => s.Version).IsConcurrencyToken();
        // The rank queries of a province and of a type read only that group's rows.
        e.HasIndex(s => new { s.FiscalYear, s.Province });
        e.HasIndex(s => new { s.FiscalYear, s.OrganisationType });
    }
}
