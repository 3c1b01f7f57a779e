using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ita.Micro.Analysis.Peers;

internal sealed class PeerPartAggregateConfiguration : IEntityTypeConfiguration<PeerPartAggregate>
{
    public void Configure(EntityTypeBuilder<PeerPartAggregate> e)
    {
        e.ToTable("PeerPartAggregates");
        e.HasKey(a => new
        {
            a.FiscalYear,
            a.Scope,
            a.ScopeKey,
            a.Kind,
            a.Code,
        });
        e.Property(a => a.Scope).HasMaxLength(10);
        e.Property(a => a.ScopeKey).HasMaxLength(100);
        e.Property(a => a.Kind).HasMaxLength(10);
        e.Property(a => a.Code).HasMaxLength(20);
        e.Property(a => a.Version).IsConcurrencyToken();
    }
}
