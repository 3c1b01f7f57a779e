using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Peers;

internal sealed class PeerPartScoreConfiguration : IEntityTypeConfiguration<PeerPartScore>
{
    public void Configure(EntityTypeBuilder<PeerPartScore> e)
    {
        e.ToTable("PeerPartScores");
        e.HasKey(s => new { s.FiscalYear, s.OrganisationCode, s.Kind, s.Code });
        e.Property(s => s.OrganisationCode).HasMaxLength(20);
        e.Property(s => s.Kind).HasMaxLength(10);
        e.Property(s => s.Code).HasMaxLength(20);
        // The overview's means sum a year's parts of one kind by code, for the nation or for a province's
        // organisations: covering, so neither reads the table, and with the organisation before the code, so a
        // province's sums seek its organisations' ranges (SQLite without statistics would otherwise walk the
        // nation's 400,000 rows and test each one's province).
        e.HasIndex(s => new { s.FiscalYear, s.Kind, s.OrganisationCode, s.Code, s.Indicator, s.Score });
    }
}
