using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Peers;

internal sealed class PeerPartScoreConfiguration : IEntityTypeConfiguration<PeerPartScore>
{
    public void Configure(EntityTypeBuilder<PeerPartScore> e)
    {
        e.ToTable("PeerPartScores");
        e.HasKey(s => new
        {
            s.FiscalYear,
            s.OrganisationCode,
            s.Kind,
            s.Code,
        });
        e.Property(s => s.OrganisationCode).HasMaxLength(20);
        e.Property(s => s.Kind).HasMaxLength(10);
        e.Property(s => s.Code).HasMaxLength(20);
    }
}
